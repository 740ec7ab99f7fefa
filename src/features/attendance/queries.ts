import "server-only";
// Attendance's reads other features use: the classes a teacher covers on a day (the dashboard).
export { coveredClassIds } from "./roster";
