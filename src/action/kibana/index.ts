// The kibana sub-action's entry point: GitHub runs dist/kibana/index.js (kibana/action.yml), which only calls run().
import { run } from './main.js'

await run()
