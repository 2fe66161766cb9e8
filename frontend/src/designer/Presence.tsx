import { initials, othersPresent } from "../live/messages";
import { usePresenceStore } from "../store/presenceStore";

const ROLE_WORDS: Record<string, string> = { owner: "owner", editor: "editing", viewer: "viewing" };

/** Who else has this pipeline open: initials in the header, names for hover and screen readers. */
export function Presence() {
  const people = usePresenceStore((s) => s.people);
  const you = usePresenceStore((s) => s.you);
  const others = othersPresent(people, you);
  if (others.length === 0) return null;
  const names = others.map((p) => p.name).join(", ");
  return (
    <ul className="pw-presence" aria-label={`Also here: ${names}`} data-testid="presence">
      {others.map((p) => {
        const describe = `${p.name} (${p.username}) has this pipeline open, ${ROLE_WORDS[p.role] ?? p.role}`;
        return (
          <li
            key={p.user_id}
            className={`pw-presence__person pw-presence__person--${p.role}`}
            title={describe}
            data-testid={`presence-${p.username}`}
            data-role={p.role}
          >
            <span className="pw-presence__avatar" aria-hidden="true">
              {initials(p.name)}
            </span>
            <span className="pw-visually-hidden">{describe}</span>
          </li>
        );
      })}
    </ul>
  );
}
