// A council's policy file read into its rules, and those rules as the console reads them: for the
// console's own tests, which check the form against the council's file. The main entry point
// re-exports all of it; the console's bundle never imports it (the API serves the rules).
export { parsePolicy } from './lib/policy/parse-policy';
export {
  consolePolicy,
  type ConsoleChoice,
  type ConsoleField,
  type ConsoleKind,
  type ConsolePolicy,
} from './lib/policy/console-policy';
