"use client";

import { useId, useState } from "react";
import { X } from "lucide-react";
import { Button, Input } from "@commonplace/ui";
import { splitTagInput } from "./tag-chip";

/** An input for new tags ("a, b" adds both), suggesting the names already in use. */
export function TagAdder({
  suggestions,
  onAdd,
  onClose,
  pending,
  label = "Add tags",
}: {
  suggestions: string[];
  onAdd: (names: string[]) => void;
  onClose: () => void;
  pending?: boolean;
  label?: string;
}) {
  const [value, setValue] = useState("");
  const listId = useId();
  return (
    <form
      className="flex min-w-0 max-w-full items-center gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        const names = splitTagInput(value);
        if (names.length) onAdd(names);
        setValue("");
      }}
    >
      <Input
        aria-label={`${label}, separated by commas`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        list={listId}
        autoFocus
        maxLength={200}
        placeholder="method, to discuss"
        className="h-8 w-44 min-w-0 text-xs sm:h-8 sm:w-56"
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
        }}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <Button type="submit" size="sm" loading={pending}>
        Add
      </Button>
      <Button type="button" size="icon-sm" variant="ghost" aria-label="Done tagging" onClick={onClose}>
        <X aria-hidden />
      </Button>
    </form>
  );
}
