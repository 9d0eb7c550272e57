import { pngRoute } from '../story/png-route';
import { shareImage } from '../story/share-image';

export const GET = pngRoute(shareImage);
