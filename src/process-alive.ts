// Whether a process still runs: how the store's and the build's temporary folders tell a killed
// run's leftovers (safe to remove) from those of a run still at work.
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
