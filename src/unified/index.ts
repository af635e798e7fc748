// `import jiaokan from 'jiaokan/unified'`: scan findings as vfile messages, under any unified parser.
// (CommonJS: `require('jiaokan/unified').default`.)
import { createPlugin } from './plugin.js';

export type { Level, Options } from './plugin.js';
// A named export next to the default keeps the CJS build an ES-module-shaped object whose `.default`
// matches the declarations (attw: no "false export default").
export { DOCS_URL } from './plugin.js';

const missingScan = (): never => {
  throw new Error('scan is not available in this build of jiaokan');
};

const jiaokanPlugin = createPlugin(missingScan);
export default jiaokanPlugin;
