import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidePageSchema } from './guide/pageSchema';

/** Every locale's pages live in `content/<locale>/`, with the same slugs in every locale. */
export const collections = {
  guide: defineCollection({
    loader: glob({ pattern: '*/**/*.mdx', base: './content' }),
    schema: guidePageSchema,
  }),
};
