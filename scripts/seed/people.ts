// Realistic, deterministic people for the demo schools.
import type { Faker } from "@faker-js/faker";
import type { DemoSchool } from "./demo-schools.ts";

export function phone(faker: Faker, areaCode: string): string {
  return `(${areaCode}) 555-${faker.string.numeric(4)}`;
}

export function areaCodeOf(school: DemoSchool): string {
  return school.phone.slice(1, 4);
}

export function streetAddress(faker: Faker, school: DemoSchool) {
  return {
    address: faker.location.streetAddress(),
    city: school.city,
    state: school.state,
    zipCode: `${school.zipPrefix}${faker.string.numeric(2)}`,
  };
}

const ALLERGIES = ["Peanuts", "Tree nuts", "Shellfish", "Penicillin", "Bee stings", "Latex", "Dairy"];
const CONDITIONS = ["Asthma", "Type 1 diabetes", "Epilepsy", "ADHD", "Migraine", "Celiac disease"];
const MEDICATIONS: Record<string, string> = {
  Asthma: "Albuterol inhaler as needed (kept in nurse's office)",
  "Type 1 diabetes": "Insulin pump; glucose tablets in backpack",
  Epilepsy: "Levetiracetam 500 mg twice daily (at home)",
  ADHD: "Methylphenidate 18 mg each morning (at home)",
  Migraine: "Ibuprofen 200 mg with parental consent",
  "Celiac disease": "None; gluten-free lunch required",
};
const SPECIAL_NEEDS = [
  "Extended time (1.5x) on tests; preferential seating",
  "Speech and language services twice weekly",
  "Reading support; audio versions of texts",
  "Behaviour intervention plan; check-in/check-out with counsellor",
  "Hearing impairment; FM system in class",
];

/** About one student in six has a medical note; about one in eight an IEP, one in twelve a 504 plan. */
export function medicalProfile(faker: Faker) {
  const condition = faker.number.float() < 0.12 ? faker.helpers.arrayElement(CONDITIONS) : null;
  const allergy = faker.number.float() < 0.1 ? faker.helpers.arrayElement(ALLERGIES) : null;
  const iepStatus = faker.number.float() < 0.13;
  const section504Status = !iepStatus && faker.number.float() < 0.08;
  return {
    medicalConditions: condition,
    allergies: allergy,
    medications: condition ? MEDICATIONS[condition] : null,
    specialNeeds: iepStatus || section504Status ? faker.helpers.arrayElement(SPECIAL_NEEDS) : null,
    iepStatus,
    section504Status,
  };
}

export function guardian(
  faker: Faker,
  lastName: string,
  relationship: string,
  areaCode: string,
  email?: string,
) {
  const sex =
    relationship === "Mother" || relationship === "Grandmother" || relationship === "Aunt"
      ? "female"
      : "male";
  const firstName = faker.person.firstName(sex);
  return {
    name: `${firstName} ${lastName}`,
    phone: phone(faker, areaCode),
    email: email ?? faker.internet.email({ firstName, lastName, provider: "example.com" }).toLowerCase(),
    relationship,
  };
}
