import "server-only";
// Report cards and transcripts as PDF (pdfkit: real, searchable text that screen readers read; no
// browser). Every figure is a posted one, formatted by the same catalogue as the pages.
import PDFDocument from "pdfkit";
import type { Gpa } from "@/lib/gpa";
import { readLogo } from "@/server/uploads";
import type { PostedLine, ReportCard, Transcript } from "./report-card-data";

export interface PdfSchool {
  name: string;
  primaryColor: string | null;
  logo: { bytes: Buffer; type: string } | null;
}

/** The school as it prints: its name, colour and uploaded logo. */
export async function schoolForPdf(tenant: {
  schoolName: string;
  name: string;
  primaryColor: string | null;
  logoUrl: string | null;
}): Promise<PdfSchool> {
  const logoName = tenant.logoUrl?.startsWith("/api/uploads/logos/")
    ? tenant.logoUrl.split("/").pop()!
    : null;
  return {
    name: tenant.schoolName || tenant.name,
    primaryColor: tenant.primaryColor,
    logo: logoName ? await readLogo(logoName) : null,
  };
}

/** The labels a PDF prints, from the catalogue in the school's language. */
export type PdfText = (key: string, values?: Record<string, string | number>) => string;

const HEX = /^#[0-9a-f]{6}$/i;
const MARGIN = 48;

function newDocument(title: string, school: PdfSchool) {
  const doc = new PDFDocument({
    size: "LETTER",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: school.name, Creator: school.name },
    lang: "en-US",
    displayTitle: true,
    tagged: true,
    pdfVersion: "1.7",
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, done };
}

function header(doc: PDFKit.PDFDocument, school: PdfSchool, title: string, subtitle: string) {
  const color = school.primaryColor && HEX.test(school.primaryColor) ? school.primaryColor : "#1e3a8a";
  doc.rect(0, 0, doc.page.width, 8).fill(color);
  let x = MARGIN;
  if (school.logo && /png|jpeg/.test(school.logo.type)) {
    try {
      doc.image(school.logo.bytes, MARGIN, 24, { fit: [56, 56] });
      x += 68;
    } catch {
      // A logo pdfkit cannot read leaves the name alone at the top.
    }
  }
  doc.fillColor(color).font("Helvetica-Bold").fontSize(18).text(school.name, x, 28);
  doc
    .fillColor("#111827")
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(title, x, doc.y + 2);
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor("#374151")
    .text(subtitle, x, doc.y + 2);
  doc.moveDown(1.5);
  doc.x = MARGIN;
}

interface Column {
  label: string;
  width: number;
  value: (line: PostedLine) => string;
}

function table(doc: PDFKit.PDFDocument, columns: Column[], lines: PostedLine[], empty: string) {
  const top = doc.y;
  let x = MARGIN;
  doc.font("Helvetica-Bold").fontSize(9).fillColor("#111827");
  for (const c of columns) {
    doc.text(c.label, x, top, { width: c.width - 6 });
    x += c.width;
  }
  let y = doc.y + 4;
  doc
    .moveTo(MARGIN, y - 2)
    .lineTo(doc.page.width - MARGIN, y - 2)
    .strokeColor("#9ca3af")
    .stroke();
  doc.font("Helvetica").fontSize(9);
  if (lines.length === 0) {
    doc.text(empty, MARGIN, y);
    doc.moveDown();
    return;
  }
  for (const line of lines) {
    if (y > doc.page.height - 120) {
      doc.addPage();
      y = MARGIN;
    }
    x = MARGIN;
    let bottom = y;
    for (const c of columns) {
      doc.text(c.value(line), x, y, { width: c.width - 6 });
      bottom = Math.max(bottom, doc.y);
      x += c.width;
    }
    y = bottom + 4;
  }
  doc.x = MARGIN;
  doc.y = y + 6;
}

function gpaLine(doc: PDFKit.PDFDocument, t: PdfText, label: string, gpa: Gpa) {
  doc
    .font("Helvetica-Bold")
    .fontSize(10)
    .fillColor("#111827")
    .text(
      t("gpaLine", {
        label,
        weighted: gpa.weighted ?? "—",
        unweighted: gpa.unweighted ?? "—",
        earned: gpa.creditsEarned,
        attempted: gpa.creditsAttempted,
      }),
      MARGIN,
    );
}

function drawReportCard(doc: PDFKit.PDFDocument, card: ReportCard, school: PdfSchool, t: PdfText) {
  header(
    doc,
    school,
    t("reportCardTitle", { period: card.period.name, year: card.period.year }),
    t("studentLine", {
      name: card.student.name,
      number: card.student.studentNumber,
      grade: card.student.gradeLevel,
    }),
  );
  table(
    doc,
    [
      { label: t("class"), width: 150, value: (l) => `${l.className} (${l.classCode})` },
      { label: t("teacher"), width: 100, value: (l) => l.teacher },
      { label: t("grade"), width: 70, value: (l) => (l.percentage === null ? "—" : `${l.percentage} %`) },
      { label: t("letter"), width: 40, value: (l) => l.letter ?? "—" },
      { label: t("comment"), width: 156, value: (l) => l.comment ?? "" },
    ],
    card.lines,
    t("nothingPosted"),
  );
  gpaLine(doc, t, t("termGpa"), card.gpa);
  gpaLine(doc, t, t("cumulativeGpa"), card.cumulative);
  doc.moveDown();
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(t("attendanceLine", { ...card.attendance }), MARGIN);
  doc.moveDown();
  doc.fontSize(8).fillColor("#4b5563").text(t("footer"), MARGIN);
}

/** One student's report card, or many (one after another, each from a new page) in one file. */
export async function reportCardPdf(
  cards: ReportCard[],
  school: PdfSchool,
  t: PdfText,
  title: string,
): Promise<Buffer> {
  const { doc, done } = newDocument(title, school);
  cards.forEach((card, i) => {
    if (i > 0) doc.addPage();
    drawReportCard(doc, card, school, t);
  });
  if (cards.length === 0) doc.font("Helvetica").fontSize(10).text(t("nothingPosted"), MARGIN, MARGIN);
  doc.end();
  return done;
}

export async function transcriptPdf(transcript: Transcript, school: PdfSchool, t: PdfText): Promise<Buffer> {
  const title = t("transcriptTitle");
  const { doc, done } = newDocument(`${title} — ${transcript.student.name}`, school);
  const s = transcript.student;
  header(
    doc,
    school,
    title,
    t("studentLine", { name: s.name, number: s.studentNumber, grade: s.gradeLevel }),
  );
  if (transcript.years.length === 0) doc.font("Helvetica").fontSize(10).text(t("nothingPosted"), MARGIN);
  for (const year of transcript.years) {
    for (const period of year.periods) {
      doc
        .font("Helvetica-Bold")
        .fontSize(11)
        .fillColor("#111827")
        .text(`${year.year} · ${period.name}`, MARGIN);
      doc.moveDown(0.3);
      table(
        doc,
        [
          { label: t("class"), width: 200, value: (l) => `${l.className} (${l.classCode})` },
          { label: t("grade"), width: 80, value: (l) => (l.percentage === null ? "—" : `${l.percentage} %`) },
          { label: t("letter"), width: 50, value: (l) => l.letter ?? "—" },
          { label: t("credits"), width: 80, value: (l) => `${l.creditsEarned} / ${l.creditsAttempted}` },
          { label: t("points"), width: 106, value: (l) => l.weightedGradePoints ?? "—" },
        ],
        period.lines,
        t("nothingPosted"),
      );
    }
  }
  gpaLine(doc, t, t("cumulativeGpa"), transcript.cumulative);
  doc.moveDown();
  doc.font("Helvetica").fontSize(8).fillColor("#4b5563").text(t("unofficial"), MARGIN);
  doc.end();
  return done;
}
