import { z } from 'zod';
import { loadOrderTimer } from './data';

/** What a journalist may write on a timer <Step>: the minutes it scrubs through. */
export function timerStepSchema() {
  const { minutes } = loadOrderTimer();
  const minute = z
    .number({ message: `must be a number of minutes, e.g. {115}` })
    .min(0, `must be between 0 and ${minutes} (the minutes from the start of the sale to 10 million orders)`)
    .max(minutes, `must be between 0 and ${minutes} (the minutes from the start of the sale to 10 million orders)`);
  return z.strictObject({ from: minute, to: minute.optional() });
}
