import { emptyRunCounts } from '../store/crawl-state.js';
import { robotsRefusalReason, unreachableHostReason } from './run-outcome.js';

const counts = (reasons: string[]) => ({
  ...emptyRunCounts(),
  errors: reasons.map((reason) => ({ url: 'http://127.0.0.1:9/', reason })),
});

describe('run outcome', () => {
  it('says why robots.txt stopped a URL', () => {
    expect(robotsRefusalReason('disallowed')).toBe('disallowed by robots.txt');
    expect(robotsRefusalReason('unreachable', 'connect ECONNREFUSED')).toBe(
      'robots.txt unreachable: connect ECONNREFUSED',
    );
    expect(robotsRefusalReason('unreachable')).toBe('robots.txt unreachable');
  });

  it('fails a run that reached nothing because robots.txt did not answer', () => {
    const unreachable = counts([robotsRefusalReason('unreachable', 'getaddrinfo ENOTFOUND x.invalid')]);
    expect(unreachableHostReason(unreachable, 0)).toBe(
      'robots.txt unreachable: getaddrinfo ENOTFOUND x.invalid',
    );
    expect(unreachableHostReason(unreachable, 1)).toBeUndefined();
  });

  it('keeps runs whose host answered ok: a refusal, an empty feed, a malformed item', () => {
    expect(unreachableHostReason(counts([robotsRefusalReason('disallowed')]), 0)).toBeUndefined();
    expect(unreachableHostReason(counts(['feed: not a feed (text/html)']), 0)).toBeUndefined();
    expect(unreachableHostReason(counts([]), 0)).toBeUndefined();
  });
});
