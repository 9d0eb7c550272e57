import { defineScene } from '../define';
import { timerEmbed } from './embed';
import type { TimerStep } from './layout';
import { timerSources } from './sources';
import { timerStepSchema } from './steps';
import { timerTable } from './table';

export default defineScene<TimerStep>({ stepSchema: timerStepSchema, table: timerTable, embed: timerEmbed, sources: timerSources });
