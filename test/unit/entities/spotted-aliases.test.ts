import { describe, expect, it } from 'vitest';
import { defaultAliasTable } from '../../../functions/domain/entities/alias-table';
import { linkEntities, linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entitiesOf, tag, tagLongestFirst } from './helpers';

const mentionsOf = (text: string, spans: Parameters<typeof entitiesOf>[1], id: string) =>
  entitiesOf(text, spans)
    .find((e) => e.id === id)
    ?.mentions.map((m) => m.text);

type Tagged = Parameters<typeof entitiesOf>[1];

/** Entity ids in the document view (`document`) or the attribution view. */
const viewIds = (text: string, tagged: Tagged, document: boolean) =>
  linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document }).map((e) => e.id);

/** Each entity's id with its mentions' words, in either view. */
const viewMentions = (text: string, tagged: Tagged, document: boolean) =>
  linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document }).map((e) => [
    e.id,
    e.mentions.map((m) => m.text),
  ]);

describe('party names the tagger leaves untagged', () => {
  it('finds "the Tories" and "Tory" as the Conservative Party, with no other name tagged', () => {
    const text = 'The Tories wanted a sunset clause. Tory leader Michael Howard said it was needed.';
    const entities = entitiesOf(text, [['Michael Howard', 'PER']]);
    const party = entities.find((e) => e.id === 'org.conservative-party');
    expect(party).toMatchObject({ name: 'Conservative Party', type: 'ORG' });
    expect(party?.mentions.map((m) => [m.start, m.text])).toEqual([
      [4, 'Tories'],
      [35, 'Tory'],
    ]);
  });

  it('adds what it finds to the party the tagger did name, once per place', () => {
    const text = 'The Conservative Party met. The Tories said taxes would fall.';
    expect(mentionsOf(text, [['Conservative Party', 'ORG']], 'org.conservative-party')).toEqual([
      'Conservative Party',
      'Tories',
    ]);
  });

  it('finds "Conservatives" beside Labour or the Liberal Democrats, and not in US news', () => {
    const uk = 'Labour promised more police. The Conservatives said the sums did not add up.';
    expect(mentionsOf(uk, [['Labour', 'ORG']], 'org.conservative-party')).toEqual(['Conservatives']);
    const us = 'Conservatives in Congress said the bill went too far.';
    expect(entitiesOf(us, [['Congress', 'ORG']]).map((e) => e.id)).toEqual(['org.us-congress']);
  });

  it('finds "Conservative" before a party post in an article naming no other party, not before other words', () => {
    const text =
      'Former Conservative leader Jo Bloggs will write books. Conservative estimates put it at ten.';
    const party = entitiesOf(text, [['Jo Bloggs', 'PER']]).find((e) => e.id === 'org.conservative-party');
    expect(party?.mentions.map((m) => [m.start, m.text])).toEqual([[7, 'Conservative']]);
  });

  it('finds ISIS and Daesh where the tagger left them untagged, and no "IS" in capitals text', () => {
    const text = 'Iraqi forces said ISIS had lost ground. Daesh fighters fled. THIS IS THE END, a sign read.';
    expect(mentionsOf(text, [], 'org.isis')).toEqual(['ISIS', 'Daesh']);
  });

  it('takes "News of the World" whole over the names the tagger made of its words', () => {
    const text = 'A News of the World spokesman declined to comment.';
    const entities = entitiesOf(text, [
      ['News', 'ORG'],
      ['World', 'MISC'],
    ]);
    expect(entities.map((e) => e.id)).toEqual(['org.news-of-the-world']);
  });

  it('leaves a name inside another one alone, and a lower-case word', () => {
    const text = 'The Scottish Conservative Party met. Tory members and conservative voters came.';
    const entities = entitiesOf(text, [['Scottish Conservative Party', 'ORG']]);
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org.scottish-conservative-party', ['Scottish Conservative Party']],
      ['org.conservative-party', ['Tory']],
    ]);
  });
});

describe('the Six Nations', () => {
  it('is one event however the tagger typed or sponsored it, and found where it left it untagged', () => {
    const text =
      'Wales won the RBS Six Nations last year. The Six Nations starts on Saturday. Scotland coach Matt Williams named his side.';
    const entities = entitiesOf(text, [
      ['RBS Six Nations', 'MISC'],
      ['Scotland', 'LOC'],
      ['Matt Williams', 'PER'],
    ]);
    const event = entities.find((e) => e.id === 'event.six-nations');
    expect(event).toMatchObject({ name: 'Six Nations', type: 'EVENT' });
    expect(event?.mentions.map((m) => m.text)).toEqual(['RBS Six Nations', 'Six Nations']);
  });
});

describe('bodies the tagger reads as a nationality and a common word', () => {
  it('takes "European Parliament" and "Scottish Executive" whole, over the nationality inside', () => {
    const text =
      'MEPs in the European Parliament backed the plan. The Scottish Executive said it would not. European leaders met.';
    const entities = entitiesOf(text, [
      ['European', 'MISC'],
      ['Scottish', 'MISC'],
    ]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['org.european-parliament', 'ORG', ['European Parliament']],
      ['org.scottish-executive', 'ORG', ['Scottish Executive']],
      ['norp.european', 'NORP', ['European']],
    ]);
  });
});

describe('a spotted name the tagger did tag', () => {
  it('keeps the one entity the tagger made, with no mention twice', () => {
    const text = 'The Conservative Party chairman spoke. The Conservative Party said no.';
    const entities = entitiesOf(text, [['Conservative Party', 'ORG']]);
    const party = entities.filter((e) => e.id === 'org.conservative-party');
    expect(party).toHaveLength(1);
    expect(party[0]?.mentions.map((m) => m.start)).toEqual([4, 43]);
  });
});

describe('names the tagger splits at a nationality or a place', () => {
  it('reads "Swiss Re" as the reinsurer and "Scotland Yard" as the Metropolitan Police', () => {
    const text = 'Swiss Re said claims rose. Scotland Yard and the Met Police were told.';
    const entities = entitiesOf(text, [
      ['Swiss', 'MISC'],
      ['Scotland', 'LOC'],
    ]);
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org.swiss-re', ['Swiss Re']],
      ['org.metropolitan-police', ['Scotland Yard', 'Met Police']],
    ]);
  });
});

describe('Downing Street by its number', () => {
  it('reads "Number 10" and "No 10" as Downing Street in the document view, the attribution view as before', () => {
    const text = 'Number 10 said an error was made. No 10 was cautious. Downing Street agreed.';
    expect(mentionsOf(text, [['Downing Street', 'LOC']], 'org.downing-street')).toEqual([
      'Number 10',
      'No 10',
      'Downing Street',
    ]);
    const view = defaultAliasTable.attributionView();
    expect(view.lookup('Number 10')).toBeUndefined();
    expect(view.lookup('Downing Street')?.id).toBe('org.downing-street');
  });
});

describe('awards', () => {
  it('are one event by any of their names, "Oscar" only beside the Oscars', () => {
    const text = 'Swank won an Oscar at the Oscars. The Academy Awards were long.';
    const entities = linkEntities(
      annotate(text),
      tagLongestFirst(text, [
        ['Swank', 'PER'],
        ['Oscar', 'PER'],
        ['Oscars', 'MISC'],
        ['Academy Awards', 'MISC'],
      ]),
    );
    expect(entities.find((e) => e.id === 'event.oscars')?.mentions.map((m) => m.text)).toEqual([
      'Oscar',
      'Oscars',
      'Academy Awards',
    ]);
    const alone = entitiesOf('Oscar said he would stay.', [['Oscar', 'PER']]);
    expect(alone.map((e) => e.id)).toEqual(['person.oscar']);
  });
});

describe('the Olympics', () => {
  it('are one event as "Olympic Games" and, beside them, a bare "Games"; not in an article naming no Olympics', () => {
    const text =
      'She won gold at the Olympic Games in Athens. The Olympics ended well, and she left the Games happy.';
    expect(
      viewMentions(
        text,
        [
          ['Olympic Games', 'MISC'],
          ['Athens', 'LOC'],
          ['Olympics', 'MISC'],
          ['Games', 'MISC'],
        ],
        true,
      ),
    ).toEqual([
      ['event.olympics', ['Olympic Games', 'Olympics', 'Games']],
      ['gpe.athens', ['Athens']],
    ]);
    expect(
      entitiesOf('He won at the Manchester Games, and the Games went well.', [['Games', 'MISC']]).map(
        (e) => e.id,
      ),
    ).toEqual(['event.games']);
  });
});

describe('a console or system named by its short name', () => {
  it('is the Nintendo DS or Windows XP as "DS" or "XP" in an article naming it in full; elsewhere a name of its own', () => {
    const text =
      'The Nintendo DS sold well, and the DS will reach shops in May. PCs with Windows XP and XP Home sold.';
    expect(
      viewMentions(
        text,
        [
          ['Nintendo DS', 'MISC'],
          ['DS', 'ORG'],
          ['Windows XP', 'MISC'],
          ['XP', 'ORG'],
        ],
        true,
      ),
    ).toEqual([
      ['misc.nintendo-ds', ['Nintendo DS', 'DS']],
      ['misc.windows-xp', ['Windows XP', 'XP']],
    ]);
    expect(
      viewMentions(
        'The DS sold well, and XP did too.',
        [
          ['DS', 'ORG'],
          ['XP', 'ORG'],
        ],
        true,
      ),
    ).toEqual([
      ['org.ds', ['DS']],
      ['org.xp', ['XP']],
    ]);
  });
});

describe('the attribution view of the alias table', () => {
  it('leaves out entries added after the attribution model was trained, so its entities are as its trainer saw them', () => {
    const text = 'Scottish Parliament members met. The European Parliament voted.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Scottish', 'MISC'],
      ['European', 'MISC'],
    ];
    const view = defaultAliasTable.attributionView();
    expect(view.lookup('European Parliament')).toBeUndefined();
    expect(view.lookup('Tories')?.id).toBe('org.conservative-party');
    expect(
      linkEntities(annotate(text), tag(text, tagged), undefined, { document: false }).map((e) => e.id),
    ).toEqual(['norp.scottish', 'norp.european']);
    const watched = defaultAliasTable.watchedView();
    expect(watched.view.lookup('Labour')?.id).toBe('org.labour-party');
    expect(watched.readOtherwise()).toBe(false);
    expect(watched.view.lookup('European Parliament')).toBeUndefined();
    expect(watched.readOtherwise()).toBe(true);
  });

  it("gives an acronym the long name's id across articles in the document's view only", () => {
    const text = 'UKIP said the CBI was wrong, the RAF agreed.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['UKIP', 'ORG'],
      ['CBI', 'ORG'],
      ['RAF', 'ORG'],
    ];
    expect(entitiesOf(text, tagged).map((e) => e.id)).toEqual([
      'org.uk-independence-party',
      'org.confederation-of-british-industry',
      'org.royal-air-force',
    ]);
    expect(
      linkEntities(annotate(text), tag(text, tagged), undefined, { document: false }).map((e) => e.id),
    ).toEqual(['org.ukip', 'org.cbi', 'org.raf']);
  });

  it('gives the G7, G8 and G20 one organisation id each, however the tagger typed them, in the document view only', () => {
    const text = 'The G7 met before the G8 summit. The G20 and the Group of Eight agreed.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['G7', 'MISC'],
      ['G8', 'ORG'],
      ['G20', 'MISC'],
      ['Group of Eight', 'ORG'],
    ];
    expect(entitiesOf(text, tagged).map((e) => [e.id, e.type])).toEqual([
      ['org.group-of-seven', 'ORG'],
      ['org.group-of-eight', 'ORG'],
      ['org.group-of-20', 'ORG'],
    ]);
    expect(
      linkEntities(annotate(text), tag(text, tagged), undefined, { document: false }).map((e) => e.id),
    ).toEqual(['misc.g7', 'org.g8', 'misc.g20', 'org.group-of-eight']);
  });

  it('links an article once when no name its linking reads is one of those entries', () => {
    // "draft" and "nations" hold "RAF" and "ONS", and "Six Nations" names an entry no mention reads
    const text = 'Smith read a draft of the nations questions before the Six Nations.';
    const once = linkForExtraction(annotate(text), tag(text, [['Smith', 'PER']]));
    expect(once.entities.find((e) => e.name === 'Smith')).toBe(once.forAttribution[0]);
    const raf = 'Smith said the RAF flew.';
    const twice = linkForExtraction(
      annotate(raf),
      tag(raf, [
        ['Smith', 'PER'],
        ['RAF', 'ORG'],
      ]),
    );
    expect(twice.entities.map((e) => e.id)).toEqual(['person.smith', 'org.royal-air-force']);
    expect(twice.forAttribution.map((e) => e.id)).toEqual(['person.smith', 'org.raf']);
    expect(twice.entities[0]).not.toBe(twice.forAttribution[0]);
  });
});

describe("a club's short name", () => {
  it('is the club in the document view, so its bare head joins it', () => {
    const text = 'Dunne will stay at Man City. "I want to stay at City," he said.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Dunne', 'PER'],
      ['Man City', 'ORG'],
      ['City', 'ORG'],
    ];
    const entities = linkEntities(annotate(text), tagLongestFirst(text, tagged));
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person.dunne', ['Dunne']],
      ['org.manchester-city', ['Man City', 'City']],
    ]);
    expect(
      linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document: false }).map(
        (e) => e.id,
      ),
    ).toContain('org.man-city');
  });
});

describe('a firm or a program the tagger types every way', () => {
  it('is the alias table type in the document view only', () => {
    const text = 'Napster is due to launch a service. It runs on Linux. Saab and Chrysler sold cars.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Napster', 'PER'],
      ['Linux', 'LOC'],
      ['Saab', 'LOC'],
      ['Chrysler', 'PER'],
    ];
    const types = (document: boolean) =>
      linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document }).map((e) => e.id);
    expect(types(true)).toEqual(['org.napster', 'misc.linux', 'org.saab', 'org.chrysler']);
    expect(types(false)).toEqual(['person.napster', 'gpe.linux', 'gpe.saab', 'person.chrysler']);
  });

  it('types consoles, browsers and formats the tagger calls firms as products, in the document view only', () => {
    const text = 'The PSP and the Xbox play HD-DVD films. Firefox took users from Internet Explorer.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['PSP', 'ORG'],
      ['Xbox', 'ORG'],
      ['HD-DVD', 'ORG'],
      ['Firefox', 'ORG'],
      ['Internet Explorer', 'ORG'],
    ];
    const ids = (document: boolean) => viewIds(text, tagged, document);
    expect(ids(true)).toEqual([
      'misc.playstation-portable',
      'misc.xbox',
      'misc.hd-dvd',
      'misc.firefox',
      'misc.internet-explorer',
    ]);
    expect(ids(false)).toEqual(['org.psp', 'org.xbox', 'org.hd-dvd', 'org.firefox', 'org.internet-explorer']);
  });
});

describe('consoles the tagger leaves untagged', () => {
  it('finds them whole, numbered ones and plurals too, in the document view only', () => {
    const text =
      'Sales of Xbox games rose. The PS2 and PlayStation 3 trail Xbox 2. Gamers turned off their Xboxes.';
    const ids = (document: boolean) =>
      linkEntities(annotate(text), [], undefined, { document }).map((e) => [
        e.id,
        e.mentions.map((m) => m.text),
      ]);
    expect(ids(true)).toEqual([
      ['misc.xbox', ['Xbox', 'Xboxes']],
      ['misc.playstation-2', ['PS2']],
      ['misc.playstation-3', ['PlayStation 3']],
      ['misc.xbox-2', ['Xbox 2']],
    ]);
    expect(ids(false)).toEqual([]);
  });
});

describe("Apple's player and store the tagger leaves untagged", () => {
  it('finds iPod, its plural and iTunes at word bounds, in the document view only', () => {
    const text = 'Fans bought iPods and songs from iTunes. An iPod-type player is no iPodder.';
    const ids = (document: boolean) =>
      linkEntities(annotate(text), [], undefined, { document }).map((e) => [
        e.id,
        e.type,
        e.mentions.map((m) => m.text),
      ]);
    expect(ids(true)).toEqual([
      ['misc.ipod', 'MISC', ['iPods', 'iPod']],
      ['misc.itunes', 'MISC', ['iTunes']],
    ]);
    expect(ids(false)).toEqual([]);
  });
});

describe('titles the tagger cuts to their last word', () => {
  it('takes "Top of the Pops" and "Lord of the Rings" whole, tagged or not', () => {
    const text =
      'She sang on Top of the Pops last week. The third Lord of the Rings film was a hit, as was The Lord of the Rings before it.';
    const entities = entitiesOf(text, [
      ['Pops', 'LOC'],
      ['Rings', 'MISC'],
    ]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['misc.top-of-the-pops', 'MISC', ['Top of the Pops']],
      ['misc.lord-of-the-rings', 'MISC', ['Lord of the Rings', 'The Lord of the Rings']],
    ]);
  });
});

describe('Star Wars', () => {
  it('is a work, not the body the tagger makes of it', () => {
    const text = 'The sixth Star Wars film opens in May. Fans of Star Wars queued.';
    const entities = entitiesOf(text, [['Star Wars', 'ORG']]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.length])).toEqual([['misc.star-wars', 'MISC', 2]]);
  });
});

describe('Celebrity Big Brother', () => {
  it('is found untagged, and "Big Brother" is the show only in an article that names it', () => {
    const show =
      'She was evicted from Celebrity Big Brother on Friday. A Big Brother spokeswoman said the house was calm.';
    expect(mentionsOf(show, [], 'misc.celebrity-big-brother')).toEqual([
      'Celebrity Big Brother',
      'Big Brother',
    ]);
    const orwell = 'Critics say the bill creates a Big Brother society.';
    expect(entitiesOf(orwell, [])).toEqual([]);
  });
});

describe('titles and bodies the tagger cuts at "of" or "on"', () => {
  it('takes works whole, whatever the tagger made of their last words', () => {
    const text =
      'He directed Harry Potter and the Prisoner of Azkaban. Fans of Call of Duty and Shaun of the Dead cheered, as did those of Gangs Of New York.';
    const entities = entitiesOf(text, [
      ['Azkaban', 'LOC'],
      ['Duty', 'ORG'],
      ['Shaun', 'PER'],
      ['Dead', 'LOC'],
      ['New York', 'LOC'],
    ]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['misc.harry-potter-and-the-prisoner-of-azkaban', 'MISC', ['Harry Potter and the Prisoner of Azkaban']],
      ['misc.call-of-duty', 'MISC', ['Call of Duty']],
      ['misc.shaun-of-the-dead', 'MISC', ['Shaun of the Dead']],
      ['misc.gangs-of-new-york', 'MISC', ['Gangs Of New York']],
    ]);
  });

  it('takes Friends of the Earth and War on Want whole as organisations', () => {
    const text = 'Groups including Friends of the Earth and War on Want said so. War on Want wrote too.';
    const entities = entitiesOf(text, [
      ['Earth', 'ORG'],
      ['War', 'PER'],
    ]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['org.friends-of-the-earth', 'ORG', ['Friends of the Earth']],
      ['org.war-on-want', 'ORG', ['War on Want', 'War on Want']],
    ]);
  });
});

describe("clubs' nicknames", () => {
  it('join the club in an article that names it, and stand alone in one that does not', () => {
    const text = 'Arsenal beat Real Madrid. The Gunners led early, but Real hit back.';
    const entities = entitiesOf(text, [
      ['Arsenal', 'ORG'],
      ['Real Madrid', 'ORG'],
      ['Gunners', 'MISC'],
      ['Real', 'ORG'],
    ]);
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org.arsenal', ['Arsenal', 'Gunners']],
      ['org.real-madrid', ['Real Madrid', 'Real']],
    ]);
    const alone = entitiesOf('The Gunners won the cup.', [['Gunners', 'MISC']]);
    expect(alone.map((e) => e.id)).toEqual(['misc.gunners']);
  });
});

describe('films the tagger cuts, mistypes or leaves untagged', () => {
  it('are works, whole', () => {
    const text =
      "The Aviator beat Million Dollar Baby. Finding Nemo and Ocean's Twelve did well, and Sideways won.";
    const entities = entitiesOf(text, [
      ['Aviator', 'ORG'],
      ['Finding Nemo', 'PER'],
      ['Ocean', 'PER'],
      ['Twelve', 'LOC'],
      ['Sideways', 'PER'],
    ]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['misc.the-aviator', 'MISC', ['The Aviator']],
      ['misc.million-dollar-baby', 'MISC', ['Million Dollar Baby']],
      ['misc.finding-nemo', 'MISC', ['Finding Nemo']],
      ['misc.oceans-twelve', 'MISC', ["Ocean's Twelve"]],
      ['misc.sideways', 'MISC', ['Sideways']],
    ]);
  });
});

describe('counties, regions and drinks firms the tagger mistypes', () => {
  it('types English counties and regions as places, in the document view only', () => {
    const text =
      'The mines are in Yorkshire and Kent. She met voters in Devon and the East Midlands, then Sichuan Province.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Yorkshire', 'ORG'],
      ['Kent', 'ORG'],
      ['Devon', 'PER'],
      ['East Midlands', 'MISC'],
      ['Sichuan Province', 'ORG'],
    ];
    const ids = (document: boolean) => viewIds(text, tagged, document);
    expect(ids(true)).toEqual(['gpe.yorkshire', 'gpe.kent', 'gpe.devon', 'gpe.east-midlands', 'gpe.sichuan']);
    expect(ids(false)).toEqual([
      'org.yorkshire',
      'org.kent',
      'person.devon',
      'misc.east-midlands',
      'org.sichuan-province',
    ]);
  });

  it('makes Pernod Ricard and "Pernod" one firm, and a beer brand a product', () => {
    const text = 'Pernod Ricard may bid. Pernod said it was looking. Inbev makes Stella Artois.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Pernod Ricard', 'PER'],
      ['Pernod', 'PER'],
      ['Inbev', 'ORG'],
      ['Stella Artois', 'PER'],
    ];
    const entities = linkEntities(annotate(text), tagLongestFirst(text, tagged));
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org.pernod-ricard', ['Pernod Ricard', 'Pernod']],
      ['org.inbev', ['Inbev']],
      ['misc.stella-artois', ['Stella Artois']],
    ]);
  });
});

describe('well-known names the tagger misses, cuts or mistypes', () => {
  it('spots trade shows, a team and games whole, and types a town and a hotel firm, in the document view only', () => {
    const text =
      'Phone makers met at 3GSM in Cannes. Gadgets filled CES. Team GB won gold. ' +
      'Half-Life 2 followed Half-Life. Fairmont Hotels & Resorts will run it, Fairmont said.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['GSM', 'ORG'],
      ['Cannes', 'ORG'],
      ['Half-Life', 'ORG'],
      ['Fairmont Hotels & Resorts', 'ORG'],
      ['Fairmont', 'LOC'],
    ];
    const ids = (document: boolean) => viewMentions(text, tagged, document);
    expect(ids(true)).toEqual([
      ['event.3gsm-world-congress', ['3GSM']],
      ['gpe.cannes', ['Cannes']],
      ['event.consumer-electronics-show', ['CES']],
      ['org.team-gb', ['Team GB']],
      ['misc.half-life-2', ['Half-Life 2']],
      ['misc.half-life', ['Half-Life']],
      ['org.fairmont-hotels-resorts', ['Fairmont Hotels & Resorts', 'Fairmont']],
    ]);
    expect(ids(false).map(([id]) => id)).toEqual(expect.arrayContaining(['org.gsm', 'org.cannes']));
  });
});

describe('file-sharing networks and firms the tagger misses or mistypes', () => {
  it('spots BitTorrent, eDonkey and DirectConnect as programs and types Kazaa, Grokster, Tiscali and Ofcom, in the document view only', () => {
    const text =
      'Users of BitTorrent, eDonkey and DirectConnect were sued. Networks like Kazaa and Grokster lost. ' +
      "BitTorrent's trackers went dark. Tiscali said Ofcom should act.";
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Kazaa', 'LOC'],
      ['Grokster', 'PER'],
      ['Tiscali', 'PER'],
      ['Ofcom', 'MISC'],
    ];
    const ids = (document: boolean) => viewMentions(text, tagged, document);
    expect(ids(true)).toEqual([
      ['misc.bittorrent', ['BitTorrent', 'BitTorrent']],
      ['misc.edonkey', ['eDonkey']],
      ['misc.directconnect', ['DirectConnect']],
      ['misc.kazaa', ['Kazaa']],
      ['org.grokster', ['Grokster']],
      ['org.tiscali', ['Tiscali']],
      ['org.ofcom', ['Ofcom']],
    ]);
    expect(ids(false).map(([id]) => id)).toEqual([
      'gpe.kazaa',
      'person.grokster',
      'person.tiscali',
      'misc.ofcom',
    ]);
  });
});

describe("Radio 4's Today programme, named by a common word", () => {
  it('spots "Today" only right before "programme", in the document view only', () => {
    const text =
      'Mr Davis told BBC Radio 4\'s Today programme: "Today we act." ' +
      'Today the vote was held. Mr Brown told the Today Programme he agreed.';
    const ids = (document: boolean) =>
      linkEntities(annotate(text), tagLongestFirst(text, [['Mr Davis', 'PER']]), undefined, { document })
        .filter((e) => e.type === 'MISC')
        .map((e) => [e.id, e.mentions.map((m) => m.start)]);
    const cued = [text.indexOf('Today programme'), text.indexOf('Today Programme')];
    expect(ids(true)).toEqual([['misc.today-programme', cued]]);
    expect(ids(false)).toEqual([]);
  });
});

describe('a trade paper, a radio programme and a firm the tagger mistypes', () => {
  it('types the Hollywood Reporter an organisation and World Business Report a programme, in the document view only', () => {
    const text = "Bids rose, the Hollywood Reporter said. An analyst told the BBC's World Business Report.";
    const tagged: Tagged = [
      ['Hollywood Reporter', 'LOC'],
      ['World Business Report', 'ORG'],
    ];
    expect(viewIds(text, tagged, true)).toEqual(['org.hollywood-reporter', 'misc.world-business-report']);
    expect(viewIds(text, tagged, false)).toEqual(['gpe.hollywood-reporter', 'org.world-business-report']);
  });

  it('types the drive maker Seagate an organisation, in the document view only', () => {
    const tagged: Tagged = [['Seagate', 'PER']];
    expect(viewIds('"It is sexy," said Seagate.', tagged, true)).toEqual(['org.seagate']);
    expect(viewIds('"It is sexy," said Seagate.', tagged, false)).toEqual(['person.seagate']);
  });

  it('types Emirates the airline, not the country, in the document view only', () => {
    const text = 'Emirates ordered 30 jets. The United Arab Emirates welcomed it.';
    const tagged: Tagged = [
      ['Emirates', 'LOC'],
      ['United Arab Emirates', 'LOC'],
    ];
    expect(viewIds(text, tagged, true)).toEqual(['org.emirates', 'gpe.united-arab-emirates']);
  });

  it('types the Inland Revenue an organisation, in the document view only', () => {
    const text = 'He became a clerk at the Inland Revenue.';
    const tagged: Tagged = [['Inland Revenue', 'LOC']];
    expect(viewIds(text, tagged, true)).toEqual(['org.inland-revenue']);
    expect(viewIds(text, tagged, false)).toEqual(['gpe.inland-revenue']);
  });
});

describe('Welsh rugby regions the tagger types as works', () => {
  it('types the Dragons and the Ospreys organisations, in the document view only', () => {
    const text = 'The Dragons winger is fit. He lost his Ospreys place.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Dragons', 'MISC'],
      ['Ospreys', 'MISC'],
    ];
    const ids = (document: boolean) => viewIds(text, tagged, document);
    expect(ids(true)).toEqual(['org.dragons', 'org.ospreys']);
    expect(ids(false)).toEqual(['misc.dragons', 'misc.ospreys']);
  });
});

describe('bands, a festival and a game the tagger mistypes, cuts or misses', () => {
  it('types the bands organisations, spots cut and untagged ones, and finds T in the Park and Doom 3, in the document view only', () => {
    const text =
      'Snow Patrol and Iron Maiden will play T in the Park. Maroon 5 and Kings of Leon joined them, ' +
      "while Razorlight sold out. Destiny's Child fans bought Doom 3.";
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Snow Patrol', 'PER'],
      ['Iron Maiden', 'PER'],
      ['Park', 'LOC'],
      ['Maroon', 'PER'],
      ['Leon', 'ORG'],
      ['Destiny', 'PER'],
      ['Doom', 'ORG'],
    ];
    const ids = (document: boolean) => viewMentions(text, tagged, document);
    expect(ids(true)).toEqual(
      expect.arrayContaining([
        ['org.snow-patrol', ['Snow Patrol']],
        ['org.iron-maiden', ['Iron Maiden']],
        ['event.t-in-the-park', ['T in the Park']],
        ['org.maroon-5', ['Maroon 5']],
        ['org.kings-of-leon', ['Kings of Leon']],
        ['org.razorlight', ['Razorlight']],
        ['org.destinys-child', ["Destiny's Child"]],
        ['misc.doom-3', ['Doom 3']],
      ]),
    );
    expect(ids(false).map(([id]) => id)).toEqual(
      expect.arrayContaining(['person.snow-patrol', 'person.iron-maiden', 'person.maroon', 'org.doom']),
    );
  });
});

describe('video games the tagger cuts or types as bodies or people', () => {
  it('spots Halo 2 and Grand Theft Auto, reads "Half Life 2" as Half-Life 2 and types Painkiller and EverQuest games, in the document view only', () => {
    const text =
      'Fans of Halo 2 and Half Life 2 also bought Grand Theft Auto. Painkiller players left EverQuest for World of Warcraft.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Halo', 'ORG'],
      ['Half Life', 'ORG'],
      ['Painkiller', 'PER'],
      ['EverQuest', 'ORG'],
      ['World of Warcraft', 'ORG'],
    ];
    const ids = (document: boolean) => viewMentions(text, tagged, document);
    expect(ids(true)).toEqual(
      expect.arrayContaining([
        ['misc.halo-2', ['Halo 2']],
        ['misc.half-life-2', ['Half Life 2']],
        ['misc.grand-theft-auto', ['Grand Theft Auto']],
        ['misc.painkiller', ['Painkiller']],
        ['misc.everquest', ['EverQuest']],
        ['misc.world-of-warcraft', ['World of Warcraft']],
      ]),
    );
    expect(ids(false).map(([id]) => id)).toEqual(
      expect.arrayContaining(['org.halo', 'person.painkiller', 'org.everquest', 'org.world-of-warcraft']),
    );
  });
});

describe('the Oscars by a bare "Oscar"', () => {
  const ids = viewMentions;

  it('spots "Academy Awards" untagged, and so takes "Oscar" for the award, in the document view only', () => {
    const text = "This year's Academy Awards will be held in Hollywood. She won an Oscar for the role.";
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Hollywood', 'LOC'],
      ['Oscar', 'PER'],
    ];
    expect(ids(text, tagged, true)).toEqual(
      expect.arrayContaining([['event.oscars', ['Academy Awards', 'Oscar']]]),
    );
    expect(ids(text, tagged, false)).toEqual(expect.arrayContaining([['person.oscar', ['Oscar']]]));
  });

  it('takes "Oscar" before a word of the awards for the award in an article naming no awards, not a man called Oscar', () => {
    const cued = 'The film stars Oscar nominee Clive Owen. It is one of three Oscar contenders.';
    expect(
      ids(
        cued,
        [
          ['Oscar', 'MISC'],
          ['Clive Owen', 'PER'],
        ],
        true,
      ),
    ).toEqual(expect.arrayContaining([['event.oscars', ['Oscar', 'Oscar']]]));
    const man = 'Oscar said he would stay at the club.';
    expect(ids(man, [['Oscar', 'PER']], true)).toEqual([['person.oscar', ['Oscar']]]);
  });
});

describe('films and games the tagger cuts, mistypes or misses', () => {
  it('spots San Andreas, Vice City, The Godfather and A Passage to India whole and types Titanic a work, in the document view only', () => {
    const text =
      'Grand Theft Auto: San Andreas outsold GTA Vice City. San Andreas is set in a made-up state. ' +
      'He won for The Godfather, and the Godfather film was a hit. Titanic beat A Passage to India.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Grand Theft Auto', 'MISC'],
      ['San Andreas', 'LOC'],
      ['GTA Vice City', 'ORG'],
      ['Titanic', 'ORG'],
      ['India', 'LOC'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual(
      expect.arrayContaining([
        ['misc.grand-theft-auto-san-andreas', ['Grand Theft Auto: San Andreas', 'San Andreas']],
        ['misc.grand-theft-auto-vice-city', ['GTA Vice City']],
        ['misc.the-godfather', ['The Godfather', 'Godfather']],
        ['misc.titanic', ['Titanic']],
        ['misc.a-passage-to-india', ['A Passage to India']],
      ]),
    );
    expect(viewMentions(text, tagged, false).map(([id]) => id)).toEqual(
      expect.arrayContaining(['gpe.san-andreas', 'org.titanic', 'gpe.india']),
    );
  });

  it('leaves a bare "San Andreas" or "Godfather" alone where the work is not named', () => {
    const text = 'The San Andreas fault moved, and a Godfather figure spoke.';
    expect(viewMentions(text, [['San Andreas', 'LOC']], true)).toEqual([
      ['gpe.san-andreas', ['San Andreas']],
    ]);
  });
});

describe('firms the tagger cuts short or types a person', () => {
  it('spots Mean Fiddler, English Partnerships, Four-Kings, General Mills, Basic American Foods and BHP Billiton whole, in the document view only', () => {
    const text =
      'Organiser Mean Fiddler said so. English Partnerships agreed. The Four-Kings clan played. ' +
      'Jo, of General Mills, and Al of Basic American Foods met staff of BHP Billiton.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Fiddler', 'PER'],
      ['English', 'MISC'],
      ['Mills', 'PER'],
      ['American', 'MISC'],
      ['Foods', 'ORG'],
      ['BHP Billiton', 'PER'],
    ];
    const ids = viewMentions(text, tagged, true);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['org.mean-fiddler', ['Mean Fiddler']],
        ['org.english-partnerships', ['English Partnerships']],
        ['org.four-kings', ['Four-Kings']],
        ['org.general-mills', ['General Mills']],
        ['org.basic-american-foods', ['Basic American Foods']],
        ['org.bhp-billiton', ['BHP Billiton']],
      ]),
    );
    expect(ids.map(([id]) => id)).not.toEqual(expect.arrayContaining(['person.mills']));
    expect(viewMentions(text, tagged, false).map(([id]) => id)).toEqual(
      expect.arrayContaining(['person.fiddler', 'person.mills', 'person.bhp-billiton']),
    );
  });
});

describe('a Welsh party the tagger types as a person', () => {
  it('types Plaid Cymru an organisation, in the document view only', () => {
    const text = "Plaid Cymru's spokesman said the deal was poor. Simon Jones, of Plaid Cymru, agreed.";
    const tagged: Tagged = [
      ['Plaid Cymru', 'PER'],
      ['Simon Jones', 'PER'],
    ];
    expect(viewIds(text, tagged, true)).toContain('org.plaid-cymru');
    expect(viewIds(text, tagged, false)).toContain('person.plaid-cymru');
  });
});

describe('seas the tagger types as countries, groups or works', () => {
  it('types the Atlantic, the Mediterranean and the English Channel places of nature, in the document view only', () => {
    const text =
      'The song was a hit across the Atlantic. He sailed the Mediterranean and swam the English Channel.';
    const tagged: Tagged = [
      ['Atlantic', 'LOC'],
      ['Mediterranean', 'MISC'],
      ['English Channel', 'MISC'],
    ];
    expect(viewIds(text, tagged, true)).toEqual(['loc.atlantic', 'loc.mediterranean', 'loc.english-channel']);
    expect(viewIds(text, tagged, false)).toEqual([
      'gpe.atlantic',
      'norp.mediterranean',
      'misc.english-channel',
    ]);
  });
});

describe('firms, a channel, a computer, a show and a treaty the tagger types places or cuts', () => {
  it('types Paramount, ITV1, Real Sociedad and Codemasters organisations, the Macintosh and Little Britain works, in the document view only', () => {
    const text =
      'Paramount backed the format. The ITV1 show won. ' +
      'He joined Real Sociedad. Codemasters agreed. The Mac sold well. Little Britain won a prize.';
    const tagged: Tagged = [
      ['Paramount', 'LOC'],
      ['ITV1', 'LOC'],
      ['Real Sociedad', 'PER'],
      ['Codemasters', 'LOC'],
      ['Mac', 'LOC'],
      ['Little Britain', 'LOC'],
    ];
    expect(viewIds(text, tagged, true)).toEqual([
      'org.paramount',
      'org.itv1',
      'org.real-sociedad',
      'org.codemasters',
      'misc.macintosh',
      'misc.little-britain',
    ]);
    expect(viewIds(text, tagged, false)).toEqual([
      'gpe.paramount',
      'gpe.itv1',
      'person.real-sociedad',
      'gpe.codemasters',
      'gpe.mac',
      'gpe.little-britain',
    ]);
  });

  it('spots the Mac mini and the European Convention on Human Rights whole where the tagger cut or missed them', () => {
    const text =
      'The Mac mini is cheap. It breached the European Convention on Human Rights, as did the ITV1 deal.';
    const tagged: Tagged = [
      ['Mac', 'LOC'],
      ['European Convention', 'MISC'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual(
      expect.arrayContaining([
        ['misc.mac-mini', ['Mac mini']],
        ['misc.european-convention-on-human-rights', ['European Convention on Human Rights']],
        ['org.itv1', ['ITV1']],
      ]),
    );
    expect(viewMentions(text, tagged, false)).toEqual([
      ['gpe.mac', ['Mac']],
      ['event.european-convention', ['European Convention']],
    ]);
  });
});

describe('a firm whose name is also a place of nature', () => {
  it('types Amazon an organisation, in the document view only', () => {
    const text = 'Sites like Amazon grew, and Amazon made a profit.';
    const tagged: Tagged = [['Amazon', 'LOC']];
    expect(viewIds(text, tagged, true)).toEqual(['org.amazon']);
    expect(viewIds(text, tagged, false)).toEqual(['gpe.amazon']);
  });

  it('leaves "the Amazon" a place', () => {
    const text = 'The fires spread across the Amazon. The Amazon lost a million trees.';
    expect(viewIds(text, [['Amazon', 'LOC']], true)).toEqual(['gpe.amazon']);
  });
});

describe('a rapper, a ground, a region, a league, a label, an app and a plague the tagger mistypes', () => {
  it('types them by the table in the document view only', () => {
    const text =
      'Kanye West sang. They won at Stamford Bridge. He ate it in Inner Mongolia. The Arab League met. ' +
      'Big Machine said no. She posted on Instagram. The Black Death spread.';
    const tagged: Tagged = [
      ['Kanye West', 'LOC'],
      ['Stamford Bridge', 'LOC'],
      ['Inner Mongolia', 'ORG'],
      ['Arab League', 'MISC'],
      ['Big Machine', 'PER'],
      ['Instagram', 'PER'],
      ['Black Death', 'PER'],
    ];
    expect(viewIds(text, tagged, true)).toEqual([
      'person.kanye-west',
      'loc.stamford-bridge',
      'gpe.inner-mongolia',
      'org.arab-league',
      'org.big-machine',
      'org.instagram',
      'misc.black-death',
    ]);
    expect(viewIds(text, tagged, false)).not.toContain('org.big-machine');
  });

  it('types the Marshall Plan, in quotes or not, a plan (MISC) in the document view only', () => {
    const text = 'He called for a new "Marshall Plan" for Africa, like the Marshall Plan of 1948.';
    const tagged: Tagged = [
      ['Marshall Plan', 'PER'],
      ['Marshall Plan', 'PER'],
    ];
    expect(viewIds(text, tagged, true)).toEqual(['misc.marshall-plan']);
    expect(viewIds(text, tagged, false)).toEqual(['person.marshall-plan']);
  });

  it('spots Dick Clark Productions whole where the tagger cut it to a person', () => {
    const text = 'The company that runs the show, Dick Clark Productions, said no.';
    expect(viewMentions(text, [['Dick Clark', 'PER']], true)).toEqual([
      ['org.dick-clark-productions', ['Dick Clark Productions']],
    ]);
  });
});

describe('a bare "Parliament", which the tagger never tags', () => {
  it('spots it as the UK Parliament where a British party or house is named, in the document view only', () => {
    const text = 'Labour said the bill would go through Parliament. Parliament returns on Monday.';
    const tagged: Tagged = [['Labour', 'ORG']];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['org.labour-party', ['Labour']],
      ['org.uk-parliament', ['Parliament', 'Parliament']],
    ]);
    expect(viewIds(text, tagged, false)).toEqual(['org.labour-party']);
  });

  it('leaves it alone in an article naming no British party or house ("the Greek Parliament")', () => {
    const text = 'The minister spoke to the Greek Parliament on Tuesday.';
    expect(viewIds(text, [['Greek', 'MISC']], true)).toEqual(['norp.greek']);
  });
});

describe('the British and Irish Lions, which the tagger splits into a nationality and "Irish Lions"', () => {
  it('spots the full name and takes a bare "Lions" in the same article, in the document view only', () => {
    const text = 'British and Irish Lions coach Jo Bloggs named his squad. The Lions tour starts in May.';
    const tagged: Tagged = [
      ['British', 'MISC'],
      ['Irish Lions', 'ORG'],
      ['Lions', 'ORG'],
      ['Jo Bloggs', 'PER'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['org.british-and-irish-lions', ['British and Irish Lions', 'Lions']],
      ['person.jo-bloggs', ['Jo Bloggs']],
    ]);
    expect(viewIds(text, tagged, false)).toContain('org.irish-lions');
  });

  it('leaves a bare "Lions" alone in an article that does not name them', () => {
    const text = 'Lions chairman Jo Bloggs said the club would appeal.';
    expect(viewIds(text, [['Lions', 'ORG']], true)).toEqual(['org.lions']);
  });
});

describe('a league, its sponsored name, an award and films the tagger misses, cuts or mistypes', () => {
  it('spots the Premiership untagged and whole after its sponsor, in the document view only', () => {
    const text = 'He scored on his Premiership debut. Sale lost the Zurich Premiership match.';
    expect(viewMentions(text, [['Zurich', 'LOC']], true)).toEqual([
      ['event.premiership', ['Premiership']],
      ['event.zurich-premiership', ['Zurich Premiership']],
    ]);
    expect(viewIds(text, [['Zurich', 'LOC']], false)).toEqual(['gpe.zurich']);
  });

  it('types the Baftas an event, not a place', () => {
    expect(viewIds('She has come to the Baftas twice.', [['Baftas', 'LOC']], true)).toEqual(['event.baftas']);
  });

  it('reads "the European Indoors" as the European Indoor Championships, not a thing of its own', () => {
    const text = 'She will run at the European Indoor Championships. The European Indoors are in March.';
    const tagged: Tagged = [
      ['European Indoor Championships', 'MISC'],
      ['European Indoors', 'MISC'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['event.european-indoor-championships', ['European Indoor Championships', 'European Indoors']],
    ]);
  });

  it('reads "the Fed" as the Federal Reserve, not a body of its own', () => {
    const text = 'The Federal Reserve raised rates. The Fed said inflation was contained.';
    const tagged: Tagged = [
      ['Federal Reserve', 'ORG'],
      ['Fed', 'ORG'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([['org.federal-reserve', ['Federal Reserve', 'Fed']]]);
  });

  it('spots films whole where the tagger took a word of their title for a name', () => {
    const text =
      'Fahrenheit 9/11 beat The Passion of the Christ. They adored Saving Private Ryan and 24 Hour Party People.';
    expect(
      viewMentions(
        text,
        [
          ['Christ', 'PER'],
          ['Ryan', 'PER'],
          ['Hour Party People', 'ORG'],
        ],
        true,
      ),
    ).toEqual([
      ['misc.fahrenheit-9-11', ['Fahrenheit 9/11']],
      ['misc.the-passion-of-the-christ', ['The Passion of the Christ']],
      ['misc.saving-private-ryan', ['Saving Private Ryan']],
      ['misc.24-hour-party-people', ['24 Hour Party People']],
    ]);
  });
});

describe('the Academy of the Oscars', () => {
  const text =
    'Academy voters back the Oscars. The Academy said so. The Orange British Academy Film Awards follow.';
  const academy = (tagged: Tagged) =>
    linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document: true })
      .filter((e) => e.mentions.some((m) => m.text === 'Academy'))
      .map((e) => [e.id, e.mentions.map((m) => m.start)]);

  it('is the Academy of Motion Picture Arts and Sciences where the Oscars are named, untagged or tagged', () => {
    const ampas = ['org.academy-of-motion-picture-arts-and-sciences', [0, 36]];
    expect(academy([['Oscars', 'MISC']])).toEqual([ampas]);
    expect(
      academy([
        ['Oscars', 'MISC'],
        ['Academy', 'MISC'],
      ]),
    ).toEqual([ampas, ['misc.academy', [72]]]);
  });
});

describe('a carmaker, a president, a platform, a browser, a streamer and a site the tagger splits or mistypes', () => {
  it('types them by the table and joins their short names in the document view only', () => {
    const text =
      'Volkswagen said so. VW agreed. Obama said no. Play on Google Stadia; Stadia works. ' +
      'The Chrome browser runs it, as Chromecast Ultra does. Chromecast users wait. Watch Netflix. Gizmodo said.';
    const tagged: Tagged = [
      ['Volkswagen', 'ORG'],
      ['VW', 'ORG'],
      ['Obama', 'ORG'],
      ['Google Stadia', 'LOC'],
      ['Stadia', 'ORG'],
      ['Chrome', 'LOC'],
      ['Chromecast Ultra', 'PER'],
      ['Chromecast', 'PER'],
      ['Netflix', 'MISC'],
      ['Gizmodo', 'PER'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['org.volkswagen', ['Volkswagen', 'VW']],
      ['person.barack-obama', ['Obama']],
      ['misc.stadia', ['Google Stadia', 'Stadia']],
      ['misc.chrome', ['Chrome']],
      ['misc.chromecast', ['Chromecast Ultra', 'Chromecast']],
      ['org.netflix', ['Netflix']],
      ['org.gizmodo', ['Gizmodo']],
    ]);
    expect(viewIds(text, tagged, false)).toContain('org.vw');
  });
});

describe('the Welsh Assembly Government and the MoD', () => {
  it('takes "Welsh Assembly Government" whole over the tagger\'s "Welsh Assembly"', () => {
    const text = 'The Welsh Assembly Government said it would act. The Welsh Assembly Government met.';
    expect(mentionsOf(text, [['Welsh Assembly', 'ORG']], 'org.welsh-assembly-government')).toEqual([
      'Welsh Assembly Government',
      'Welsh Assembly Government',
    ]);
  });

  it('reads "MoD" as the Ministry of Defence where the article names the ministry', () => {
    const text = 'The Ministry of Defence was criticised. The MoD said it would appeal.';
    expect(mentionsOf(text, [['Ministry of Defence', 'ORG']], 'org.ministry-of-defence')).toEqual([
      'Ministry of Defence',
      'MoD',
    ]);
    expect(entitiesOf('The MoD said it would appeal.', []).map((e) => e.id)).toEqual([]);
  });
});

describe('the film "Ray"', () => {
  it('is a bare "Ray" in an article naming the Oscars, and a person elsewhere', () => {
    const text = 'Jamie Foxx starred in Ray, an Oscars hopeful.';
    const entities = entitiesOf(text, [
      ['Ray', 'PER'],
      ['Jamie Foxx', 'PER'],
      ['Oscars', 'MISC'],
    ]);
    const film = entities.find((e) => e.id === 'misc.ray');
    expect([film?.type, film?.mentions.map((m) => m.start)]).toEqual(['MISC', [text.indexOf('Ray')]]);
    expect(
      entitiesOf('The crowd cheered for Ray in the final.', [['Ray', 'PER']]).map((e) => e.type),
    ).toEqual(['PERSON']);
  });
});

describe('aircraft, a rocket and cars the tagger types bodies or places', () => {
  it('types them by the table, "Max" and "Starship" only beside their maker', () => {
    const text =
      'Boeing sold the 787 Dreamliner; its 737 Max was grounded and the Max waits. SpaceX will fly Starship. ' +
      'Nissan showed the Sentra, the Altima and the Maxima. Meetup cut jobs.';
    const tagged: Tagged = [
      ['Boeing', 'ORG'],
      ['Dreamliner', 'ORG'],
      ['Max', 'ORG'],
      ['SpaceX', 'ORG'],
      ['Starship', 'ORG'],
      ['Nissan', 'ORG'],
      ['Sentra', 'LOC'],
      ['Altima', 'ORG'],
      ['Maxima', 'LOC'],
      ['Meetup', 'LOC'],
    ];
    const ids = viewMentions(text, tagged, true).map(([id]) => id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'misc.dreamliner',
        'misc.boeing-737-max',
        'misc.starship',
        'misc.nissan-sentra',
        'misc.nissan-altima',
        'misc.nissan-maxima',
        'org.meetup',
      ]),
    );
    expect(viewIds('The band Starship played.', [['Starship', 'ORG']], true)).toEqual(['org.starship']);
  });
});

describe('a general election and the SEC written with "&"', () => {
  it('are the event and the commission the table holds', () => {
    const text =
      'Labour will win the General Election, Mr Smith said. The Securities & Exchange Commission fined the firm.';
    const tagged: Tagged = [
      ['General Election', 'ORG'],
      ['Smith', 'PER'],
      ['The Securities & Exchange Commission', 'ORG'],
    ];
    expect(viewMentions(text, tagged, true).map(([id]) => id)).toEqual(
      expect.arrayContaining(['event.general-election', 'org.us-securities-and-exchange-commission']),
    );
  });
});

describe('Blue Origin and the Rock and Roll Hall of Fame', () => {
  it('types Blue Origin a firm and takes the hall whole over the pieces the tagger cut', () => {
    const text =
      'Blue Origin will bid. The band is nominated for the Rock and Roll Hall of Fame’s class. ' +
      'The Rock & Roll Hall of Fame agreed.';
    const tagged: Tagged = [
      ['Blue Origin', 'PER'],
      ['Rock', 'ORG'],
      ['Roll Hall', 'PER'],
      ['Fame', 'ORG'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['org.blue-origin', ['Blue Origin']],
      ['org.rock-and-roll-hall-of-fame', ['Rock and Roll Hall of Fame', 'Rock & Roll Hall of Fame']],
    ]);
  });
});

describe('Brexit, the Big Bang, the plague bacterium and the Argus Leader', () => {
  it('types the first two events and spots the bacterium and the paper whole', () => {
    const text =
      'They clashed on Brexit. Stars formed after the Big Bang. Plague comes from Yersinia pestis, and ' +
      'Y. pestis lives in fleas. The Argus Leader reported it.';
    const tagged: Tagged = [
      ['Brexit', 'LOC'],
      ['Big Bang', 'LOC'],
      ['Yersinia', 'LOC'],
      ['Argus', 'MISC'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['event.brexit', ['Brexit']],
      ['event.big-bang', ['Big Bang']],
      ['misc.yersinia-pestis', ['Yersinia pestis', 'Y. pestis']],
      ['org.argus-leader', ['Argus Leader']],
    ]);
  });
});

describe('a band, a game and a service the web pages name, which the tagger mistypes or splits', () => {
  it('joins "Doobies" to the Doobie Brothers and types Red Dead Redemption 2 and Apple Arcade products, in the document view only', () => {
    const text =
      'The Doobie Brothers will tour. The Doobies last toured in 2010. Red Dead Redemption 2 is on Apple Arcade.';
    const tagged: Parameters<typeof entitiesOf>[1] = [
      ['Doobie Brothers', 'ORG'],
      ['Doobies', 'MISC'],
      ['Red Dead Redemption', 'ORG'],
      ['Apple Arcade', 'ORG'],
    ];
    const ids = (document: boolean) => viewMentions(text, tagged, document);
    expect(ids(true)).toEqual(
      expect.arrayContaining([
        ['org.doobie-brothers', ['Doobie Brothers', 'Doobies']],
        ['misc.red-dead-redemption', ['Red Dead Redemption 2']],
        ['misc.apple-arcade', ['Apple Arcade']],
      ]),
    );
    expect(ids(false).map(([id]) => id)).toEqual(
      expect.arrayContaining(['misc.doobies', 'org.red-dead-redemption', 'org.apple-arcade']),
    );
  });
});

describe('a spotted acronym in a heading written in capitals', () => {
  it('finds a bare "WHO" in prose, not a word of a heading in capitals', () => {
    const text =
      'Untreated plague is always fatal, says WHO.\n\nWHO IS THE FRONT-RUNNER?\n\nThe STARS WHO LEFT were sad.';
    expect(mentionsOf(text, [], 'org.world-health-organization')).toEqual(['WHO']);
  });
});

describe('car makers and a bank the tagger types as places or people', () => {
  it('types Vauxhall, Opel, Saabs and JP Morgan as organisations, and a bare Rover beside MG Rover', () => {
    const text =
      'GM builds Saabs and Opel cars, badged as Vauxhall in the UK. MG Rover sold cars. Rover said so. The FT said JP Morgan had a role.';
    const types = Object.fromEntries(
      entitiesOf(text, [
        ['Saabs', 'LOC'],
        ['Opel', 'MISC'],
        ['Vauxhall', 'LOC'],
        ['UK', 'LOC'],
        ['MG Rover', 'ORG'],
        ['Rover', 'PER'],
        ['FT', 'ORG'],
        ['JP Morgan', 'PER'],
      ]).map((e) => [e.id, e.type]),
    );
    expect(types).toMatchObject({
      'org.saab': 'ORG',
      'org.opel': 'ORG',
      'org.vauxhall': 'ORG',
      'org.mg-rover': 'ORG',
      'org.jp-morgan': 'ORG',
    });
    expect(Object.keys(types)).not.toContain('person.rover');
  });
});

describe('shopping days, gadgets, assistants and shops on deals pages', () => {
  it("spots the days and gadgets whole and types the tagger's firms, people and places by the table", () => {
    const text =
      'Skip the Black Friday rush and Cyber Monday too; Prime Day was cheaper. Apple AirPods and AirPods Pro ' +
      'pair with an iPhone, an iPad, a MacBook Pro and the Apple Watch. Ask Alexa or Siri. ' +
      'A Switch Lite at Walmart. Watch Hulu on Roku.';
    const tagged: Tagged = [
      ['Black', 'PER'],
      ['Apple AirPods', 'ORG'],
      ['MacBook Pro', 'ORG'],
      ['Alexa', 'LOC'],
      ['Siri', 'ORG'],
      ['Switch Lite', 'PER'],
      ['Walmart', 'LOC'],
      ['Hulu', 'PER'],
      ['Roku', 'PER'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['event.black-friday', ['Black Friday']],
      ['event.cyber-monday', ['Cyber Monday']],
      ['event.prime-day', ['Prime Day']],
      ['misc.airpods', ['Apple AirPods']],
      ['misc.airpods-pro', ['AirPods Pro']],
      ['misc.iphone', ['iPhone']],
      ['misc.ipad', ['iPad']],
      ['misc.macbook-pro', ['MacBook Pro']],
      ['misc.apple-watch', ['Apple Watch']],
      ['misc.alexa', ['Alexa']],
      ['misc.siri', ['Siri']],
      ['misc.nintendo-switch-lite', ['Switch Lite']],
      ['org.walmart', ['Walmart']],
      ['org.hulu', ['Hulu']],
      ['org.roku', ['Roku']],
    ]);
    expect(viewIds(text, tagged, false)).toContain('person.black');
  });
});

describe('a rapper, an order of knighthood and a film the tagger cuts or types a place', () => {
  it('spots Andre 3000, the Order of the Bath and Hotel Rwanda whole, in the document view only', () => {
    const text =
      'Andre 3000 thanked fans. He was made a Commander of the Order of Bath. Hotel Rwanda won praise.';
    const tagged: Tagged = [
      ['Andre', 'PER'],
      ['Bath', 'LOC'],
      ['Hotel Rwanda', 'LOC'],
    ];
    expect(viewMentions(text, tagged, true)).toEqual([
      ['person.andre-3000', ['Andre 3000']],
      ['org.order-of-the-bath', ['Order of Bath']],
      ['misc.hotel-rwanda', ['Hotel Rwanda']],
    ]);
    expect(viewIds(text, tagged, false)).toEqual(['person.andre', 'gpe.bath', 'gpe.hotel-rwanda']);
  });
});

describe('two venues and an analysts firm the tagger mistypes or misses', () => {
  it('types the Stade de France and the Kodak Theatre places, in the document view only', () => {
    const text = 'They lost at the Stade de France. The awards are held at the Kodak Theatre.';
    const tagged: Tagged = [
      ['Stade de France', 'ORG'],
      ['Kodak Theatre', 'ORG'],
    ];
    expect(viewIds(text, tagged, true)).toEqual(['loc.stade-de-france', 'loc.kodak-theatre']);
    expect(viewIds(text, tagged, false)).toEqual(['org.stade-de-france', 'org.kodak-theatre']);
  });

  it('spots Jupiter Research where the tagger missed it or cut it to "Jupiter"', () => {
    expect(viewMentions('Sales will double, say analysts Jupiter Research.', [], true)).toEqual([
      ['org.jupiter-research', ['Jupiter Research']],
    ]);
    const text = 'A study by Jupiter Research found demand. Jupiter said sales rose.';
    expect(viewMentions(text, [['Jupiter', 'ORG']], true)).toEqual([
      ['org.jupiter-research', ['Jupiter Research', 'Jupiter']],
    ]);
  });
});

describe('Wal-Mart and the Brits', () => {
  it('spots Wal-Mart where the tagger missed it or typed it a place', () => {
    expect(viewMentions('Stores face competition from the likes of Wal-Mart.', [], true)).toEqual([
      ['org.wal-mart', ['Wal-Mart']],
    ]);
    expect(viewIds('Rivals such as Wal-Mart gained.', [['Wal-Mart', 'LOC']], true)).toEqual(['org.wal-mart']);
  });

  it('reads "Brits" as the Brit Awards in an article naming them, not elsewhere', () => {
    const text = 'She was nominated at the Brit Awards. The Brits were long this year.';
    expect(
      viewMentions(
        text,
        [
          ['Brit Awards', 'MISC'],
          ['Brits', 'MISC'],
        ],
        true,
      ),
    ).toEqual([['event.brit-awards', ['Brit Awards', 'Brits']]]);
    expect(viewIds('In general we Brits are apathetic.', [['Brits', 'MISC']], true)).toEqual(['misc.brits']);
  });
});

describe('Nottingham Forest', () => {
  it('is the club, typed a place or not, and a bare "Forest" beside it', () => {
    const text = 'Spurs beat Nottingham Forest 3-0. Forest played deep, and Nottm Forest fans left.';
    expect(
      viewMentions(
        text,
        [
          ['Spurs', 'ORG'],
          ['Nottingham Forest', 'LOC'],
          ['Forest', 'LOC'],
          ['Nottm Forest', 'ORG'],
        ],
        true,
      ),
    ).toEqual([
      ['org.spurs', ['Spurs']],
      ['org.nottingham-forest', ['Nottingham Forest', 'Forest', 'Nottm Forest']],
    ]);
  });
});

describe('names the tagger never tags: a number or "The" first, a digit, a programme', () => {
  it('spots 50 Cent, and "The Game" only in an article naming him', () => {
    const text = 'Rapper 50 Cent said protege The Game had left. The Game denied it.';
    expect(viewMentions(text, [], true)).toEqual([
      ['person.50-cent', ['50 Cent']],
      ['person.the-game', ['The Game', 'The Game']],
    ]);
    expect(viewMentions('The Game Developers Conference opened. The Game ended.', [], true)).toEqual([]);
    expect(viewMentions(text, [], false)).toEqual([]);
  });

  it('spots O2, Ofsted, the Court of Appeal and Newsnight, not a name inside a longer one', () => {
    const text =
      'Vodafone and O2 said it. Ofsted boss Jo Bell told Newsnight the Court of Appeal erred. The Court of Appeals sat.';
    expect(viewMentions(text, [['Vodafone', 'ORG']], true)).toEqual([
      ['org.vodafone', ['Vodafone']],
      ['org.o2', ['O2']],
      ['org.ofsted', ['Ofsted']],
      ['misc.newsnight', ['Newsnight']],
      ['org.court-of-appeal', ['Court of Appeal']],
    ]);
  });
});
