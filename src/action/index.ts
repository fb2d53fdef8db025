// The action's entry point: GitHub runs dist/action/index.js, which only calls run().
import { run } from './main.js'

await run()
