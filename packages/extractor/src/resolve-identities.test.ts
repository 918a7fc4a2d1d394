import { detectRuleMentions } from './detect-mentions';
import { resolveIdentities } from './resolve-identities';
import { tokenize } from './tokenize';

function keys(text: string): string[] {
  const doc = tokenize(text);
  return resolveIdentities(doc.tokens, detectRuleMentions(doc)).map((m) => `${m.text}=${m.key}`);
}

describe('resolveIdentities', () => {
  it('makes a people acting through its state that state (sample article, paraphrase)', () => {
    expect(keys('On one hand, the Turks are eager to help eradicate ISIS.')).toContain('Turks=location-turkey');
    expect(keys('The Russians have vetoed the resolution.')).toContain('Russians=location-russia');
  });

  it('keeps a people as a group when it does not act (paraphrase)', () => {
    expect(keys('Many Turks live in Germany.')).toContain('Turks=group-turks');
  });

  it('gives a group the identity of the organisation a dash names (sample article)', () => {
    const text = 'Turkey says the YPG is linked to Turkey’s own Kurdish insurgents    the outlawed Kurdistan Workers’ Party, or PKK.';
    expect(keys(text)).toEqual(expect.arrayContaining(['Kurdish insurgents=organization-pkk', 'PKK=organization-pkk']));
  });

  it('leaves a dateline place and date alone: the parenthesised agency is not their acronym (CoNLL04 dev)', () => {
    const read = (text: string): string[] => {
      const doc = tokenize(text);
      return resolveIdentities(doc.tokens, detectRuleMentions(doc)).map((m) => `${m.text}/${m.type}`);
    };
    expect(read('DAYTON , Ohio ( AP ) -- The mayor resigned on Monday .')).toEqual(
      expect.arrayContaining(['Ohio/Location', 'AP/Organization']),
    );
    expect(read('BANGKOK , Thailand ( AP ) -- Police said nothing .')).toEqual(expect.arrayContaining(['Thailand/Location']));
  });

  it('still names an organisation by its acronym ("Kurdistan Workers’ Party (PKK)")', () => {
    expect(keys('Ankara fights the Kurdistan Workers’ Party (PKK) in the southeast.')).toContain(
      'Kurdistan Workers’ Party=organization-pkk',
    );
  });

  it('links a family name written first, and a given name alone, to the full name', () => {
    expect(keys('Biden spoke with Chinese leader Xi Jinping for two hours. Xi warned Biden over Taiwan.')).toContain(
      'Xi=person-xi-jinping',
    );
    expect(keys('Recep Tayyip Erdogan met Vladimir Putin. Erdogan thanked Putin.')).toEqual(
      expect.arrayContaining(['Erdogan=person-recep-tayyip-erdogan', 'Putin=person-vladimir-putin']),
    );
  });

  it('makes a company and its name without the legal form one entity', () => {
    expect(keys('Microsoft Corp. agreed to buy the studio, a spokesman for Microsoft said.')).toEqual(
      expect.arrayContaining(['Microsoft Corp.=organization-microsoft', 'Microsoft=organization-microsoft']),
    );
  });

  it('makes a capital its government as the object of a verb addressed to an actor, not of an attack', () => {
    expect(keys('Wang Yi accused Washington of interfering in internal affairs.')).toContain('Washington=location-united-states');
    expect(keys('Russian missiles struck Kyiv overnight.')).toContain('Kyiv=location-kyiv');
  });
});
