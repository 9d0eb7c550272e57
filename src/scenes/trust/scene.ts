import { defineScene } from '../define';
import { trustEmbed } from './embed';
import type { TrustStep } from './layout';
import { trustSources } from './sources';
import { trustStepSchema } from './steps';
import { trustTable } from './table';

export default defineScene<TrustStep>({ stepSchema: trustStepSchema, table: trustTable, embed: trustEmbed, sources: trustSources });
