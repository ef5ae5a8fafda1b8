import { isLockConflict, retryOnLockConflict } from './lock-retry.js';

describe('retryOnLockConflict', () => {
  it('tries a write again while it loses the lock race, then returns its result', async () => {
    let calls = 0;
    const result = await retryOnLockConflict(
      () => {
        calls += 1;
        return calls < 3 ? Promise.reject(new Error('database is locked')) : Promise.resolve('stored');
      },
      { firstDelayMs: 1 },
    );
    expect(result).toBe('stored');
    expect(calls).toBe(3);
  });

  it('throws other errors at once and the last conflict after the allowed attempts', async () => {
    let calls = 0;
    await expect(
      retryOnLockConflict(() => {
        calls += 1;
        return Promise.reject(new Error('UNIQUE constraint failed'));
      }),
    ).rejects.toThrow('UNIQUE constraint failed');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retryOnLockConflict(
        () => {
          calls += 1;
          return Promise.reject(new Error('SQLITE_BUSY: database is locked'));
        },
        { attempts: 3, firstDelayMs: 1 },
      ),
    ).rejects.toThrow('database is locked');
    expect(calls).toBe(3);
    expect(isLockConflict(new Error('no such table'))).toBe(false);
  });
});
