// Dashboards expect attendance only on school days: a test that reads today's register makes
// today a school day first, whatever day the suite runs on, and puts the calendar back after.
import { withDatabase } from "./database";

// A demo school's today, as a test found it, put back afterwards.
export type Saved = {
  tenantId: string;
  yearId: string;
  startsOn: string;
  endsOn: string;
  today: string;
  row: unknown[] | null;
};

export async function openSchoolToday(slug: string): Promise<Saved> {
  return withDatabase(async (db) => {
    const {
      rows: [school],
    } = await db.query("SELECT id, timezone FROM tenants WHERE slug = $1", [slug]);
    const today = new Intl.DateTimeFormat("en-CA", {
      timeZone: school.timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(new Date());
    const {
      rows: [year],
    } = await db.query(
      "SELECT id, starts_on::text AS starts_on, ends_on::text AS ends_on FROM school_years WHERE tenant_id = $1 AND is_current",
      [school.id],
    );
    // Whatever day the suite runs on, today must start as a school day: inside the year, and
    // opened by a make-up day when it is a weekend or a holiday.
    if (year.ends_on < today)
      await db.query("UPDATE school_years SET ends_on = $2 WHERE id = $1", [year.id, today]);
    if (year.starts_on > today)
      await db.query("UPDATE school_years SET starts_on = $2 WHERE id = $1", [year.id, today]);
    const {
      rows: [row],
    } = await db.query(
      "SELECT school_year_id, kind, reason, bell_schedule_id FROM calendar_days WHERE tenant_id = $1 AND day = $2",
      [school.id, today],
    );
    await db.query("DELETE FROM calendar_days WHERE tenant_id = $1 AND day = $2", [school.id, today]);
    const weekend = [0, 6].includes(new Date(`${today}T00:00:00Z`).getUTCDay());
    if (weekend)
      await db.query(
        "INSERT INTO calendar_days (tenant_id, school_year_id, day, kind, reason) VALUES ($1, $2, $3, 'alternate_schedule', 'Make-up day')",
        [school.id, year.id, today],
      );
    return {
      tenantId: school.id,
      yearId: year.id,
      startsOn: year.starts_on,
      endsOn: year.ends_on,
      today,
      row: row ? [row.school_year_id, row.kind, row.reason, row.bell_schedule_id] : null,
    };
  });
}

export async function restoreSchoolToday(saved: Saved) {
  await withDatabase(async (db) => {
    await db.query("DELETE FROM calendar_days WHERE tenant_id = $1 AND day = $2", [
      saved.tenantId,
      saved.today,
    ]);
    await db.query("UPDATE school_years SET starts_on = $2, ends_on = $3 WHERE id = $1", [
      saved.yearId,
      saved.startsOn,
      saved.endsOn,
    ]);
    if (saved.row)
      await db.query(
        "INSERT INTO calendar_days (tenant_id, day, school_year_id, kind, reason, bell_schedule_id) VALUES ($1, $2, $3, $4, $5, $6)",
        [saved.tenantId, saved.today, ...saved.row],
      );
  });
}
