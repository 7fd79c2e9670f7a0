import { getViteConfig } from 'astro/config';

/** Store measurements for `npm run bench` only (scripts/bench/store/). */
export default getViteConfig({ test: { include: ['scripts/bench/store/*.measure.ts'], environment: 'node' } });
