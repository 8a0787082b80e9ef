import { describe, expect, it } from 'vitest';
import { cell, cellCode, code, codeBlock, htmlCode, htmlText } from '../../src/report/markdown-escape.js';
import { details, table } from '../../src/report/markdown.js';
import { fencedBlocks, mentions, rowCells } from '../helpers/markdown-structure.js';

const HTML = '</details></summary><script>alert(1)</script><img src=x onerror=alert(1)>';

describe('code spans', () => {
  it('use a backtick fence longer than any backtick run in the text', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('x```y')).toBe('````x```y````');
    expect(code('```')).toBe('```` ``` ````');
    expect(code('`start')).toBe('`` `start ``');
    expect(code(' padded ')).toBe('`  padded  `');
  });

  it('stay on their line and leave HTML and mentions inert as they are', () => {
    expect(code('a\n\n## b')).toBe('`a  ## b`');
    expect(code(HTML)).toBe(`\`${HTML}\``);
    expect(code('@octocat @org/team')).toBe('`@octocat @org/team`');
    expect(mentions(code('@octocat @org/team'))).toEqual([]);
  });

  it('escape `|` only in a table cell', () => {
    expect(code('| x |')).toBe('`| x |`');
    expect(cellCode('| x |')).toBe('`\\| x \\|`');
    expect(rowCells(`| a | ${cellCode('| x |')} | b |`)).toEqual(['a', '`\\| x \\|`', 'b']);
  });

  it('show the empty string as an empty code element', () => {
    expect(code('')).toBe('<code></code>');
  });
});

describe('fenced code blocks', () => {
  it('are not closed by a ``` line of the content', () => {
    const content = 'before\n```\n</details>\n```` more\nafter';
    const md = `${codeBlock(content, 'diff')}\n\n@octocat`;
    expect(codeBlock(content, 'diff')).toBe(`\`\`\`\`\`diff\n${content}\n\`\`\`\`\``);
    expect(fencedBlocks(md)).toEqual([{ info: 'diff', open: 0, close: 6, content }]);
  });

  it('use three backticks when the content has no longer run, and tildes cannot close them', () => {
    const content = '~~~\n~~~~~\n``';
    expect(codeBlock(content, 'diff')).toBe(`\`\`\`diff\n${content}\n\`\`\``);
    expect(fencedBlocks(codeBlock(content))).toEqual([{ info: '', open: 0, close: 4, content }]);
  });

  it('leave mentions in the content as they are (GitHub links none in code)', () => {
    expect(codeBlock('+ owner: @octocat')).toBe('```\n+ owner: @octocat\n```');
    expect(mentions(codeBlock('+ owner: @octocat'))).toEqual([]);
  });
});

describe('markdown text (cells, lists, paragraphs)', () => {
  it('makes HTML inert', () => {
    expect(cell(HTML)).toBe(
      '&lt;/details&gt;&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('starts no new cell or row', () => {
    expect(cell('| x |')).toBe('\\| x \\|');
    expect(cell('a\n| b | c |\r\nd')).toBe('a<br>\\| b \\| c \\|<br>d');
    const md = table(['one', 'two'], [[cell('| x |'), cell('y\n| z |')]]);
    const rows = md.split('\n');
    expect(rows).toHaveLength(3);
    expect(rowCells(rows[2]!)).toEqual(['\\| x \\|', 'y<br>\\| z \\|']);
  });

  it('notifies nobody', () => {
    expect(cell('ping @octocat and @org/team')).toBe('ping @&#8203;octocat and @&#8203;org/team');
    expect(mentions(cell('ping @octocat and @org/team'))).toEqual([]);
    expect(mentions('ping @octocat and @org/team')).toEqual(['@octocat', '@org/team']);
  });

  it('keeps entities of its own literal (`&#64;` would be an `@`)', () => {
    expect(cell('&#64;octocat &amp;')).toBe('&amp;#64;octocat &amp;amp;');
  });

  it('makes no link, image, emphasis, strikethrough, math or code span', () => {
    expect(cell('[x](https://evil) ![i](https://evil/p.png) *a* _b_ ~~c~~ $d$ `e` \\')).toBe(
      '\\[x\\](https://evil) !\\[i\\](https://evil/p.png) \\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\$d\\$ \\`e\\` \\\\',
    );
    expect(cell('in_progress snake_case')).toBe('in_progress snake_case');
  });
});

describe('text in HTML of ours (<summary>)', () => {
  it('cannot close the summary or the details block, nor ping', () => {
    const summary = `<b>${htmlText(`prod${HTML}@octocat\n\nafter`)}</b> ${htmlCode(`app${HTML}@org/team`)}`;
    const md = details(summary, 'body');
    expect(md).toBe(
      '<details><summary><b>prod&lt;/details&gt;&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;' +
        '&lt;img src=x onerror=alert(1)&gt;@&#8203;octocat<br><br>after</b> <code>app&lt;/details&gt;' +
        '&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;@org/team</code>' +
        '</summary>\n\nbody\n\n</details>',
    );
    expect(mentions(md)).toEqual([]);
  });

  it('is not markdown there: no backslash escapes to show', () => {
    expect(htmlText('a|b\\c*d')).toBe('a|b\\c*d');
  });
});
