import { toPostgresSql } from './sql-translation.js';

describe('read SQL translated for PostgreSQL', () => {
  it('quotes CamelCase names and leaves keywords, lower-case names and literals alone', () => {
    const { text } = toPostgresSql(
      `SELECT e.id, e.subjectId AS subjectName, COUNT(*) AS n FROM Event e
       WHERE e.hidden = FALSE AND e.reason <> 'Event subjectId' AND e."dateValue" IS NULL`,
    );
    expect(text).toBe(
      `SELECT e.id, e."subjectId" AS "subjectName", COUNT(*) AS n FROM "Event" e
       WHERE e.hidden = FALSE AND e.reason <> 'Event subjectId' AND e."dateValue" IS NULL`,
    );
  });

  it('numbers parameters in order of first use and reuses the number of a repeated one', () => {
    const query = toPostgresSql(
      'SELECT id FROM Event WHERE (firstReportedAt > @cAt OR (firstReportedAt = @cAt AND id > @cId)) LIMIT @take',
    );
    expect(query.text).toBe(
      'SELECT id FROM "Event" WHERE ("firstReportedAt" > $1 OR ("firstReportedAt" = $1 AND id > $2)) LIMIT $3',
    );
    expect(query.names).toEqual(['cAt', 'cId', 'take']);
    expect(query.arrays.size).toBe(0);
  });

  it('turns a json_each list into = ANY of an array parameter', () => {
    const query = toPostgresSql(
      'SELECT id FROM Event WHERE type IN (SELECT value FROM json_each(@types)) AND id IN ( SELECT value FROM json_each(@ids) )',
    );
    expect(query.text).toBe('SELECT id FROM "Event" WHERE type = ANY($1) AND id = ANY($2)');
    expect([...query.arrays]).toEqual(['types', 'ids']);
  });

  it('refuses a json_each it cannot translate instead of sending SQLite SQL to PostgreSQL', () => {
    expect(() => toPostgresSql('SELECT j.value FROM json_each(@ids) j')).toThrow(/json_each/);
  });

  it('keeps a quote doubled inside a literal and an @ inside it', () => {
    const { text, names } = toPostgresSql(`SELECT 'it''s @notParam' AS x FROM Source WHERE id = @id`);
    expect(text).toBe(`SELECT 'it''s @notParam' AS x FROM "Source" WHERE id = $1`);
    expect(names).toEqual(['id']);
  });
});
