import { z } from 'zod';
import { loadOrderTimer, timerFigures } from './data';

/** What a journalist may write on a timer <Step>: the minutes it scrubs through, forwards. */
export function timerStepSchema() {
  const { minutes } = loadOrderTimer();
  const range = `must be between 0 and ${minutes} (the minutes from the start of the sale to ${timerFigures('en').orders} orders)`;
  const minute = z.number({ message: `must be a number of minutes, e.g. {115}` }).min(0, range).max(minutes, range);
  return z
    .strictObject({ from: minute, to: minute.optional() })
    .refine((step) => step.to === undefined || step.from <= step.to, {
      path: ['to'],
      message: 'must not be before from: the count only grows, so a step runs forwards, e.g. from={0} to={115}',
    });
}
