// The demo tenants a fresh install shows. Changing anything here changes what `npm run db:seed`
// creates for a new database; existing databases keep what they have.

export interface DemoSchool {
  slug: string;
  name: string;
  subdomain: string;
  domain: string | null;
  schoolType: "public" | "private" | "charter" | "international";
  schoolLevel: "elementary" | "middle" | "high" | "k12";
  gradeLevels: string[];
  studentCount: number;
  teacherCount: number;
  studentIdPrefix: string;
  primaryColor: string;
  secondaryColor: string;
  timezone: string;
  city: string;
  state: string;
  zipPrefix: string;
  address: string;
  phone: string;
  website: string;
  plan: "basic" | "professional" | "enterprise";
  /** Core subjects per grade, in the order of the periods they are taught. */
  coreSubjects: Array<{ department: string; names: string[] }>;
  electives: string[];
  /** Seats per class section (35 unless set). */
  sectionSize?: number;
  randomSeed: number;
}

export const PLATFORM_TENANT = {
  slug: "platform",
  name: "Platform Operations",
  schoolName: "Platform Operations",
  schoolType: "private",
  schoolLevel: "k12",
  email: "operations@platform.demo",
  features: { platform: true },
} as const;

export const DEMO_SCHOOLS: DemoSchool[] = [
  {
    slug: "lincoln",
    name: "Lincoln High School",
    subdomain: "lincoln",
    domain: null,
    schoolType: "public",
    schoolLevel: "high",
    gradeLevels: ["9", "10", "11", "12"],
    studentCount: 400,
    teacherCount: 30,
    studentIdPrefix: "LHS",
    primaryColor: "#7a1f2b",
    secondaryColor: "#f2b705",
    timezone: "America/Chicago",
    city: "Springfield",
    state: "IL",
    zipPrefix: "627",
    address: "1200 Lincoln Avenue, Springfield, IL 62704",
    phone: "(217) 555-0140",
    website: "https://lincoln.example.edu",
    plan: "professional",
    coreSubjects: [
      { department: "English", names: ["English 9", "English 10", "English 11", "English 12"] },
      { department: "Mathematics", names: ["Algebra I", "Geometry", "Algebra II", "Precalculus"] },
      { department: "Science", names: ["Biology", "Chemistry", "Physics", "Environmental Science"] },
      { department: "Social Studies", names: ["World History", "U.S. History", "Government", "Economics"] },
    ],
    electives: ["Studio Art", "Spanish", "Computer Science"],
    randomSeed: 1861,
  },
  {
    slug: "roosevelt",
    name: "Roosevelt Middle School",
    subdomain: "roosevelt",
    domain: "portal.roosevelt-ms.test",
    schoolType: "charter",
    schoolLevel: "middle",
    gradeLevels: ["6", "7", "8"],
    studentCount: 400,
    teacherCount: 30,
    studentIdPrefix: "RMS",
    primaryColor: "#1d4e89",
    secondaryColor: "#7ec4cf",
    timezone: "America/Los_Angeles",
    city: "Pasadena",
    state: "CA",
    zipPrefix: "911",
    address: "455 Roosevelt Way, Pasadena, CA 91101",
    phone: "(626) 555-0187",
    website: "https://roosevelt-ms.test",
    plan: "enterprise",
    coreSubjects: [
      { department: "English", names: ["English 6", "English 7", "English 8"] },
      { department: "Mathematics", names: ["Math 6", "Math 7", "Pre-Algebra"] },
      { department: "Science", names: ["Earth Science", "Life Science", "Physical Science"] },
      { department: "Social Studies", names: ["Ancient Civilizations", "Medieval World", "U.S. History"] },
    ],
    electives: ["Band", "Art", "Robotics", "Spanish"],
    randomSeed: 1933,
  },
];

export const DEMO_ROLES = ["admin", "principal", "teacher", "parent", "student"] as const;
export const SUPER_ADMIN_EMAIL = "superadmin@platform.demo";
export const DEFAULT_DEMO_PASSWORD = "Demo-School-2026!";

export const demoPassword = () => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
export const demoEmail = (role: string, school: Pick<DemoSchool, "subdomain">) =>
  `${role}@${school.subdomain}.demo`;
