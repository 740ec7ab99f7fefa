import "server-only";
// Attendance's reads other features use: the classes a teacher covers on a day (the dashboard), a
// student's attendance page and the school's codes (the family portal).
export { coveredClassIds } from "./roster";
export { studentAttendance } from "./student-attendance";
export { codeBook } from "./codes";
