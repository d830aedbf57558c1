/**
 * The policy Markdown as marked's tokens (GitHub flavour), as the HTML and PDF renderers read
 * it. Neither renderer changes a token, so a policy made in both formats is lexed once
 * (renderFiles): lexing was a tenth of the time of each.
 */
import { Marked, type Token } from "marked";

export const lexMarkdown = (markdown: string): Token[] => new Marked({ gfm: true }).lexer(markdown);
