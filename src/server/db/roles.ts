// Database roles the application runs as (created by prisma/migrations/010_*). Every connection
// switches to one of them at start-up, so row-level security applies whatever login is used.
export const APP_DB_ROLE = "sis_app_access";
export const PLATFORM_DB_ROLE = "sis_platform_access";
export type DbRole = typeof APP_DB_ROLE | typeof PLATFORM_DB_ROLE;
