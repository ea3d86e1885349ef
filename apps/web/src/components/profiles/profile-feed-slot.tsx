/**
 * Where a person's subscribable feeds go (RSS/Atom of their public annotations). The feeds work fills
 * this in; the profile page already renders it in its sidebar, under the stats.
 */
export function ProfileFeedSlot({ handle }: { handle: string }) {
  void handle;
  return null;
}
