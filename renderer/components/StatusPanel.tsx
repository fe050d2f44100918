/** The Status tab: fix cards for what is wrong, then every check. Loaded as its own chunk. */
import { AppleLogSaid } from './AppleLogSaid';
import { ChecksList } from './ChecksList';
import { FixCards } from './FixCards';

export function StatusPanel() {
  return (
    <>
      <FixCards />
      <AppleLogSaid />
      <ChecksList />
    </>
  );
}
