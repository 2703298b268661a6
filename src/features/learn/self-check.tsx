import { useState } from 'react';
import { SourceLink } from '../../components/source-link';
import { useEvidence } from '../../data/evidence-query';
import { buildSelfCheck, type SelfCheckQuestion } from '../../domain/learning/self-check';

/** Four to six questions on the review's real outcomes; each answer is explained, right or wrong. */
export function SelfCheck() {
  const dataset = useEvidence();
  const questions = buildSelfCheck(dataset);
  return (
    <section aria-labelledby="self-check-heading">
      <h2 id="self-check-heading">Check your reading</h2>
      <p>
        {questions.length} questions on the review’s own results. Choose an answer to see whether it is right and why.
        Nothing is recorded.
      </p>
      <ol className="space-y-6 pl-0">
        {questions.map((question, index) => (
          <li key={question.id} className="list-none">
            <Question question={question} number={index + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Question({ question, number }: { question: SelfCheckQuestion; number: number }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const name = `self-check-${question.id}`;
  const right = answer === question.correctOptionId;
  const correct = question.options.find((option) => option.id === question.correctOptionId);
  return (
    <fieldset className="border-0 bg-white p-4">
      <legend className="float-left mb-3 w-full text-xl font-bold">
        {number}. {question.prompt}
      </legend>
      <div className="clear-both space-y-2">
        {question.options.map((option) => (
          <p key={option.id} className="mb-0">
            <label className="flex items-start gap-3">
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={answer === option.id}
                onChange={() => setAnswer(option.id)}
                className="mt-1 size-6 shrink-0"
              />
              <span>{option.text}</span>
            </label>
          </p>
        ))}
      </div>
      <div aria-live="polite">
        {answer !== null ? (
          <div
            className={`mt-4 border-l-[6px] p-3 ${right ? 'border-nhs-green bg-[#e6f2ea]' : 'border-nhs-red bg-[#fbe9e7]'}`}
          >
            <p className="font-bold">{right ? 'Right.' : `Not quite. The answer is: ${correct?.text ?? ''}.`}</p>
            <p className="mb-0">
              {question.explanation}{' '}
              {question.sourceIds.map((sourceId) => (
                <SourceLink key={sourceId} sourceId={sourceId} figure={`question ${number}`} />
              ))}
            </p>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
