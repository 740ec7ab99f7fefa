import { notFound } from "next/navigation";

// Any address no page answers: the not-found page of this audience, inside its own layout.
export default function MissingPage() {
  notFound();
}
