import { describe, expect, it } from 'vitest';
import { findGraphUrls } from '../../src/scan/graph-urls.js';

const versions = (text: string): [string, string][] =>
  findGraphUrls(text).map((u) => {
    expect(text.slice(u.start, u.end).toLowerCase()).toBe(u.version);
    return [u.host, u.version];
  });

describe('findGraphUrls', () => {
  it('finds versioned URLs in any quoting, with the offsets of the version', () => {
    const text = `fetch("https://graph.facebook.com/v19.0/me");\nurl = 'https://graph.facebook.com/v2.12/act_1'\nGET \`graph.facebook.com/v26.0?fields=id\`\n`;
    expect(versions(text)).toEqual([
      ['graph.facebook.com', 'v19.0'],
      ['graph.facebook.com', 'v2.12'],
      ['graph.facebook.com', 'v26.0'],
    ]);
    expect(findGraphUrls(text)[0]).toEqual({ version: 'v19.0', host: 'graph.facebook.com', start: 34, end: 39 });
  });

  it('covers the video and Instagram hosts, JSON-escaped slashes, ports and upper case', () => {
    expect(
      versions(
        'https://graph-video.facebook.com/v20.0/1/videos "https:\\/\\/graph.facebook.com\\/v18.0\\/me" https://graph.instagram.com/v21.0/me HTTPS://GRAPH.FACEBOOK.COM/V22.0/ME graph.facebook.com:443/v23.0/x',
      ),
    ).toEqual([
      ['graph-video.facebook.com', 'v20.0'],
      ['graph.facebook.com', 'v18.0'],
      ['graph.instagram.com', 'v21.0'],
      ['graph.facebook.com', 'v22.0'],
      ['graph.facebook.com', 'v23.0'],
    ]);
  });

  it('ignores unversioned URLs, other hosts and malformed versions', () => {
    expect(
      versions(
        'https://graph.facebook.com/me https://mygraph.facebook.com/v19.0/ https://graph.threads.net/v1.0/me graph.facebook.com/v19 graph.facebook.com/v19.0.1 graph.facebook.com/v19.0abc https://graph.facebook.com.evil.example/v19.0/',
      ),
    ).toEqual([]);
  });
});
