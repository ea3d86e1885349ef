import { afterEach, describe, expect, it, vi } from "vitest";

const sonnerToast = Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn(), message: vi.fn() });
vi.mock("sonner", () => ({ toast: sonnerToast, Toaster: () => null }));

const { toast } = await import("./toast.tsx");
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("toast (sonner loaded on first use)", () => {
  afterEach(() => vi.clearAllMocks());

  it("forwards success and error toasts with their options to sonner", async () => {
    toast.success("Saved", { description: "Your note is private." });
    toast.error("Could not save");
    await settle();
    expect(sonnerToast.success).toHaveBeenCalledWith("Saved", { description: "Your note is private." });
    expect(sonnerToast.error).toHaveBeenCalledWith("Could not save", undefined);
  });

  it("a plain toast becomes sonner's message toast", async () => {
    toast("Link copied");
    await settle();
    expect(sonnerToast.message).toHaveBeenCalledWith("Link copied", undefined);
    expect(sonnerToast.success).not.toHaveBeenCalled();
  });
});
