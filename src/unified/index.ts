// `import jiaokan from 'jiaokan/unified'`: scan findings as vfile messages, under any unified parser.
import { createPlugin } from './plugin.js';

export type { Level, Options } from './plugin.js';

const missingScan = (): never => {
  throw new Error('scan is not available in this build of jiaokan');
};

const jiaokan = createPlugin(missingScan);
export default jiaokan;
