'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, generateId } from 'ai';
import { type FormEvent, useState } from 'react';
import type { ChatMessage, Remembered } from '../lib/chat-message';

const transport = new DefaultChatTransport<ChatMessage>({ api: '/api/chat' });

const textOf = (message: ChatMessage) =>
  message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');

export default function Page() {
  // One chat id per conversation: the route files the turns under it (MemOS `conversation_id`).
  const [chatId, setChatId] = useState(generateId);
  return <Chat key={chatId} id={chatId} onNewConversation={() => setChatId(generateId())} />;
}

function Chat({ id, onNewConversation }: { id: string; onNewConversation: () => void }) {
  const { messages, sendMessage, status, stop, error } = useChat<ChatMessage>({ id, transport });
  const [input, setInput] = useState('');
  const busy = status === 'submitted' || status === 'streaming';
  const lastAnswer = messages.findLast((message) => message.role === 'assistant');

  function send(event: FormEvent) {
    event.preventDefault();
    const text = input.trim();
    if (text === '' || busy) return;
    void sendMessage({ text });
    setInput('');
  }

  // Stop means stop: tell the server to abort the answer (a mere disconnect lets it complete), then
  // stop reading.
  async function stopAnswer() {
    await fetch('/api/chat/stop', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id }),
    }).catch(() => undefined);
    await stop();
  }

  return (
    <main>
      <section className="chat" aria-label="Chat">
        <header>
          <h1>Chat with memory</h1>
          <button type="button" onClick={onNewConversation}>
            New conversation
          </button>
        </header>
        <ol className="messages" aria-label="Messages">
          {messages.map((message) => (
            <li key={message.id} className={message.role} data-role={message.role}>
              <p>{textOf(message)}</p>
            </li>
          ))}
        </ol>
        {error ? <p role="alert">Something went wrong: {error.message}</p> : null}
        <form onSubmit={send}>
          <input
            aria-label="Message"
            placeholder="Tell me about yourself, or ask something"
            value={input}
            onChange={(event) => setInput(event.target.value)}
          />
          {busy ? (
            <button type="button" onClick={() => void stopAnswer()}>
              Stop
            </button>
          ) : (
            <button type="submit">Send</button>
          )}
        </form>
        <p className="status" aria-live="polite" data-status={status}>
          {busy ? 'The assistant is answering…' : ''}
        </p>
      </section>
      <RememberedPanel remembered={lastAnswer?.metadata?.remembered} answered={lastAnswer !== undefined} />
    </main>
  );
}

function RememberedPanel({
  remembered,
  answered,
}: {
  remembered: Remembered | undefined;
  answered: boolean;
}) {
  const items = remembered ? [...remembered.facts, ...remembered.preferences] : [];
  return (
    <aside aria-label="What the assistant remembered">
      <h2>What the assistant remembered</h2>
      {remembered === undefined ? (
        <p>{answered ? 'No report for this answer: it did not finish.' : 'Nothing yet: send a message.'}</p>
      ) : items.length === 0 ? (
        <p>
          Nothing in memory for the last message.
          {remembered.source === 'search' ? '' : ` (Recall: ${remembered.source}.)`}
        </p>
      ) : (
        <>
          {remembered.facts.length > 0 ? (
            <>
              <h3>Facts</h3>
              <ul aria-label="Facts">
                {remembered.facts.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
            </>
          ) : null}
          {remembered.preferences.length > 0 ? (
            <>
              <h3>Preferences</h3>
              <ul aria-label="Preferences">
                {remembered.preferences.map((preference) => (
                  <li key={preference}>{preference}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </aside>
  );
}
