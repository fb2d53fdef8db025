// The ship action's entry point, for its main step, its post step and the follower it starts:
// GitHub runs dist/ship/index.js (ship/action.yml), which only calls run().
import { run } from './main.js'

// Started once the whole bundle has been evaluated: a top-level await here would pause the bundle's
// evaluation, and modules placed after this entry (lazily imported ones, like TensorFlow.js) would be
// undefined when first used.
setImmediate(() => void run())
