import type { APIRoute } from 'astro';
import { pictureFile, pictureFileNames } from '../../pictures/pictures';

/* Every chart as a picture, drawn at build (src/pictures/): share cards, PNG and SVG downloads. */
export async function getStaticPaths() {
  return (await pictureFileNames()).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await pictureFile(params.file!);
  return new Response(body, { headers: { 'content-type': type } });
};
