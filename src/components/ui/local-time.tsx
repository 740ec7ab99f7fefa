"use client";
// A moment shown in the reader's own timezone (the operator's browser), with the zone named. The
// server has no way to know that zone, so the first paint says UTC and the browser then rewrites it.
import { useSyncExternalStore } from "react";
import { dateTimeFormat } from "@/lib/date-time-format";

const subscribe = () => () => {};
const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function LocalTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = inBrowser
    ? // dateStyle cannot be combined with timeZoneName, so the parts are named one by one.
      dateTimeFormat(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      }).format(date)
    : utc(date);
  return (
    <time dateTime={iso} title={utc(date)}>
      {text}
    </time>
  );
}
