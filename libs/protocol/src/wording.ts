// The wording alone, for the web console: London-time dates and plurals with none of the rules,
// geography or roster parsing (which need Node's Buffer) in the bundle.
export {
  clockInWords,
  londonAt,
  londonClock,
  londonDay,
  londonMoment,
  londonTime,
  plural,
  spanInWords,
  whenInWords,
} from './lib/render/london-wording';
export {
  COMPLIANCE_FIGURE_WORDS,
  monthInWords,
  type ComplianceFigure,
} from './lib/render/compliance-words';
