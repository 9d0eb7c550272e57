import { defineScene } from '../define';
import { mapEmbed } from './embed';
import type { MapStep } from './layout';
import { mapSources } from './sources';
import { checkMapSteps, mapStepSchema } from './steps';
import { mapTable } from './table';

export default defineScene<MapStep>({ stepSchema: mapStepSchema, table: mapTable, embed: mapEmbed, sources: mapSources, checkSteps: checkMapSteps });
