import { answeredAs } from './fast-lane';

describe('answeredAs', () => {
  it('answers in the media type yoga picks: the first listed of JSON and GraphQL response JSON', () => {
    expect(answeredAs(undefined)).toBe('application/json');
    expect(answeredAs('*/*')).toBe('application/json');
    expect(answeredAs('application/json')).toBe('application/json');
    expect(answeredAs('application/json;q=0.9')).toBe('application/json');
    expect(answeredAs('application/graphql-response+json')).toBe('application/graphql-response+json');
    expect(answeredAs('application/graphql-response+json, application/json')).toBe('application/graphql-response+json');
    expect(answeredAs('application/json, application/graphql-response+json')).toBe('application/json');
    expect(answeredAs('Application/GraphQL-Response+JSON; charset=UTF-8, application/json')).toBe('application/graphql-response+json');
  });

  it('leaves streams, other types and other charsets to the full pipeline', () => {
    expect(answeredAs('text/event-stream')).toBeNull();
    expect(answeredAs('multipart/mixed, application/json')).toBeNull();
    expect(answeredAs('application/json, text/html')).toBeNull();
    expect(answeredAs('text/html')).toBeNull();
    expect(answeredAs('application/json; charset=iso-8859-1')).toBeNull();
  });
});
