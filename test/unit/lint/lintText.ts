import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

/**
 * The messages `npm run lint` gives for this code at this path (the file need not exist), as
 * `rule: message`. One ESLint for the lint tests: its first run loads every plugin and the
 * type-aware config (about 4 s here, longer on a busy machine).
 */
export async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}
