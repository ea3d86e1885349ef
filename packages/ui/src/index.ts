export { cn } from "./lib/cn.ts";
export { whenIdle } from "./lib/when-idle.ts";
export { Button, type ButtonProps } from "./components/button.tsx";
export { buttonVariants } from "./components/button-variants.ts";
export { Spinner } from "./components/spinner.tsx";
export { Input, Textarea } from "./components/input.tsx";
export { Label } from "./components/label.tsx";
export { FormField, type FormFieldProps } from "./components/form-field.tsx";
export {
  Dialog,
  DialogTrigger,
  DialogClose,
  DialogPortal,
  DialogOverlay,
  DialogContent,
  SheetContent,
  DialogHeader,
  DialogFooter,
  DialogTitle,
  DialogDescription,
} from "./components/dialog.tsx";
export {
  DropdownMenu,
  DropdownMenuTrigger,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuGroup,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubTrigger,
  DropdownMenuSubContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuShortcut,
} from "./components/dropdown-menu.tsx";
export { Toaster, toast } from "./components/toast.tsx";
export { Skeleton, Separator, Badge, badgeVariants, Card, CardHeader, CardTitle, CardDescription, CardContent, CardFooter, Alert } from "./components/misc.tsx";
export { Avatar, initialsOf, type AvatarProps } from "./components/avatar.tsx";
export { Tooltip, TooltipProvider, TooltipContent } from "./components/tooltip.tsx";
export { ThemeScript, themeScript, THEME_STORAGE_KEY, type Theme } from "./components/theme-script.tsx";
export { useTheme } from "./components/theme.tsx";
export { ThemeToggle } from "./components/theme-toggle.tsx";
