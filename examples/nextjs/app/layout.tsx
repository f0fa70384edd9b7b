import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Chat with memory: memos-middleware + Next.js',
};

const styles = `
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #f5f5f7; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1rem; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  section, aside { background: #fff; border-radius: 12px; padding: 1rem 1.25rem; box-shadow: 0 1px 3px #0001; }
  header { display: flex; justify-content: space-between; align-items: center; }
  h1 { font-size: 1.2rem; margin: 0; } h2 { font-size: 1rem; margin: 0 0 .5rem; } h3 { font-size: .85rem; margin: .75rem 0 .25rem; color: #555; }
  .messages { list-style: none; padding: 0; min-height: 12rem; }
  .messages li { margin: .5rem 0; padding: .5rem .75rem; border-radius: 10px; max-width: 85%; }
  .messages li p { margin: 0; white-space: pre-wrap; }
  .messages .user { background: #0071e3; color: #fff; margin-left: auto; }
  .messages .assistant { background: #f0f0f3; }
  form { display: flex; gap: .5rem; } input { flex: 1; padding: .5rem .75rem; border: 1px solid #ccc; border-radius: 8px; font: inherit; }
  button { padding: .5rem .9rem; border: 0; border-radius: 8px; background: #1d1d1f; color: #fff; font: inherit; cursor: pointer; }
  .status { min-height: 1.5em; color: #777; font-size: .85rem; }
  aside ul { padding-left: 1.1rem; margin: 0; } aside p { color: #777; }
  @media (max-width: 40rem) { main { grid-template-columns: 1fr; } }
`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{styles}</style>
      </head>
      <body>{children}</body>
    </html>
  );
}
