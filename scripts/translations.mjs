// `npm run translations [-- <content root>]`: prints the status of every page in every locale
// against its English twin (up to date, behind by how many revisions, or missing), read from
// `content/` unless another root is given. Exits 1 when a page's revision fields are wrong
// (what fails the build); a page that is behind or missing is a state, not an error.
import { formatReport, translationsReport } from './translationsReport.mjs';

const root = (process.argv[2] ?? 'content').replace(/\/+$/, '');
const report = translationsReport(root);
console.log(formatReport(report));
if (report.problems.length > 0) process.exitCode = 1;
