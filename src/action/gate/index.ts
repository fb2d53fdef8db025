// The gate action's entry point: GitHub runs dist/gate/index.js (gate/action.yml), which only calls run().
import { run } from './main.js'

await run()
