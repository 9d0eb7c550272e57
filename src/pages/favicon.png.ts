import { favicon } from '../story/favicon';
import { pngRoute } from '../story/png-route';

export const GET = pngRoute(favicon);
