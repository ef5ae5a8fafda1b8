import { etagMatches } from '../api/etag.js';
import { createApiFixture, type ApiFixture } from './api-fixture.js';

describe('ETags', () => {
  it('match weakly and accept lists and *', () => {
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('*', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x"', 'W/"abc"')).toBe(false);
    expect(etagMatches(undefined, 'W/"abc"')).toBe(false);
  });

  describe('on the API', () => {
    let fixture: ApiFixture;
    beforeAll(async () => {
      fixture = await createApiFixture();
    });
    afterAll(async () => {
      await fixture.close();
    });

    it('answers 304 to a read the client already has, never to an error', async () => {
      const first = await fixture.app.inject({ method: 'GET', url: '/v1/entities/deepseek-r2' });
      const etag = String(first.headers.etag);
      expect(first.statusCode).toBe(200);
      expect(etag).toMatch(/^W\/"/);
      const again = await fixture.app.inject({
        method: 'GET',
        url: '/v1/entities/deepseek-r2',
        headers: { 'if-none-match': `"other", ${etag}` },
      });
      expect(again.statusCode).toBe(304);
      const missing = await fixture.app.inject({
        method: 'GET',
        url: '/v1/entities/no-such-entity',
        headers: { 'if-none-match': '*' },
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers.etag).toBeUndefined();
    });
  });
});
