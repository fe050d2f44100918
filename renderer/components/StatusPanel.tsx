/** The Status tab: fix cards for what is wrong, then every check. Loaded as its own chunk. */
import { ChecksList } from './ChecksList';
import { FixCards } from './FixCards';

export function StatusPanel() {
  return (
    <>
      <FixCards />
      <ChecksList />
    </>
  );
}
