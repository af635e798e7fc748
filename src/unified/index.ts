// `import jiaokan from 'jiaokan/unified'`: scan findings as vfile messages, under any unified parser.
// (CommonJS: `require('jiaokan/unified').default`.)
import { scan } from '../detect/scan.js';
import { createPlugin } from './plugin.js';

export type { Level, Options } from './plugin.js';
// A named export next to the default keeps the CJS build an ES-module-shaped object whose `.default`
// matches the declarations (attw: no "false export default").
export { DOCS_URL } from './plugin.js';

const jiaokanPlugin = createPlugin(scan);
export default jiaokanPlugin;
