// Word lists for the synthetic corpus. Big enough that posting lists have a realistic long tail:
// a few words are common (cities, foods), generated names and titles are rare.

const list = (text: string) => text.trim().split(/\s*,\s*/);

export const CITIES = list(`
  Lyon, Berlin, Lisbon, Porto, Madrid, Seville, Valencia, Barcelona, Milan, Turin, Naples, Rome, Vienna,
  Prague, Krakow, Warsaw, Budapest, Zagreb, Athens, Istanbul, Tbilisi, Oslo, Bergen, Stockholm, Gothenburg,
  Helsinki, Tallinn, Riga, Copenhagen, Aarhus, Hamburg, Munich, Cologne, Leipzig, Zurich, Geneva, Basel,
  Brussels, Antwerp, Ghent, Amsterdam, Rotterdam, Utrecht, Dublin, Cork, Galway, Edinburgh, Glasgow,
  Manchester, Leeds, Bristol, Brighton, Cardiff, Belfast, Reykjavik, Montreal, Toronto, Vancouver,
  Calgary, Halifax, Boston, Chicago, Denver, Austin, Portland, Seattle, Atlanta, Miami, Phoenix, Detroit,
  Minneapolis, Pittsburgh, Baltimore, Nashville, Oakland, Sacramento, Honolulu, Anchorage, Mexico City,
  Oaxaca, Guadalajara, Bogota, Medellin, Lima, Cusco, Santiago, Valparaiso, Buenos Aires, Montevideo,
  Sao Paulo, Recife, Cape Town, Nairobi, Accra, Lagos, Marrakesh, Cairo, Tunis, Dubai, Muscat, Mumbai,
  Pune, Bangalore, Chennai, Kochi, Kathmandu, Colombo, Bangkok, Chiang Mai, Hanoi, Da Nang, Manila,
  Singapore, Kuala Lumpur, Jakarta, Bali, Taipei, Seoul, Busan, Tokyo, Osaka, Kyoto, Sapporo, Sydney,
  Melbourne, Perth, Brisbane, Auckland, Wellington`);

export const JOBS = list(`
  nurse, pediatric nurse, software engineer, data analyst, product designer, UX researcher, architect,
  civil engineer, electrician, plumber, carpenter, baker, pastry chef, line cook, barista, sommelier,
  chemistry teacher, history teacher, kindergarten teacher, librarian, archivist, journalist, copy editor,
  translator, interpreter, lawyer, paralegal, accountant, tax advisor, actuary, pharmacist, dentist,
  veterinarian, physiotherapist, midwife, paramedic, firefighter, police officer, bus driver, pilot,
  flight attendant, ship engineer, marine biologist, geologist, botanist, lab technician, statistician,
  economist, marketing manager, sales representative, recruiter, project manager, product manager,
  startup founder, game developer, sound engineer, film editor, photographer, illustrator, tattoo artist,
  florist, gardener, landscape designer, farmer, winemaker, brewer, beekeeper, tailor, shoemaker,
  jeweller, real estate agent, social worker, psychologist, speech therapist, occupational therapist,
  yoga instructor, personal trainer, climbing coach, swimming coach, museum curator, tour guide`);

export const FOODS = list(`
  ramen, pho, laksa, dumplings, bibimbap, kimchi stew, sushi, sashimi, tempura, okonomiyaki, pad thai,
  green curry, massaman curry, biryani, dal, paneer tikka, dosa, falafel, hummus, shakshuka, tagine,
  couscous, paella, tortilla, gazpacho, risotto, lasagne, carbonara, gnocchi, pizza margherita, burrata,
  ratatouille, quiche, crepes, croissants, sourdough, bagels, pretzels, schnitzel, goulash, pierogi,
  borscht, moussaka, souvlaki, baklava, tacos al pastor, enchiladas, mole, ceviche, empanadas, feijoada,
  jollof rice, injera, bobotie, fish and chips, shepherd's pie, haggis, oatmeal, granola, pancakes,
  waffles, cheesecake, tiramisu, gelato, dark chocolate, blue cheese, goat cheese, olives, anchovies,
  oysters, mussels, lobster, tofu, tempeh, seitan, lentil soup, mushroom soup, pumpkin soup, kale salad,
  beetroot, fennel, aubergine, okra, brussels sprouts, cilantro, coriander, licorice, marzipan, durian`);

export const HOBBIES = list(`
  bouldering, trail running, road cycling, mountain biking, open water swimming, surfing, sailing,
  kayaking, skiing, snowboarding, ice skating, tennis, badminton, table tennis, volleyball, basketball,
  five-a-side football, rugby, fencing, archery, judo, karate, boxing, yoga, pilates, tai chi, dancing
  salsa, tango, ballet, choir singing, playing the cello, playing bass guitar, piano, drumming, jazz
  saxophone, pottery, knitting, quilting, embroidery, woodworking, calligraphy, watercolour painting,
  oil painting, film photography, birdwatching, stargazing, gardening, beekeeping, foraging, fishing,
  chess, go, bridge, board games, crossword puzzles, sudoku, speedcubing, reading science fiction,
  reading crime novels, writing poetry, journaling, podcasting, baking bread, fermenting kombucha,
  brewing beer, roasting coffee, restoring old bikes, building keyboards, astronomy, geocaching`);

export const LANGUAGES = list(`
  German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Czech,
  Greek, Turkish, Arabic, Hebrew, Hindi, Tamil, Malayalam, Bengali, Mandarin, Cantonese, Japanese, Korean,
  Vietnamese, Thai, Indonesian, Swahili, Icelandic, Welsh, Irish, Catalan, Basque, Russian, Ukrainian`);

export const RELATIVES = list(`
  sister, brother, mother, father, grandmother, grandfather, aunt, uncle, cousin, daughter, son, niece,
  nephew, wife, husband, partner, girlfriend, boyfriend, best friend, flatmate, colleague, neighbour,
  godmother, stepfather, mother-in-law, brother-in-law`);

export const PETS = list(`
  cat, tabby cat, black cat, kitten, dog, puppy, beagle, corgi, labrador, greyhound, dachshund, poodle,
  border collie, rabbit, guinea pig, hamster, parrot, budgie, canary, tortoise, bearded dragon, gecko,
  goldfish, axolotl, ferret, hedgehog, chickens`);

export const MONTHS = list(`
  January, February, March, April, May, June, July, August, September, October, November, December`);

export const ADJECTIVES = list(`
  small, tiny, bright, quiet, noisy, cosy, spacious, old, renovated, sunny, draughty, modern, rustic,
  crowded, peaceful, charming, shabby, elegant, leafy, windy, hidden, busy, affordable, expensive`);

export const PLACES = list(`
  flat, apartment, studio, terraced house, cottage, loft, houseboat, townhouse, bungalow, farmhouse,
  basement flat, top floor flat, shared house, cabin`);

export const LANDMARKS = list(`
  canal, river, harbour, old town, cathedral, train station, central park, university, market hall,
  botanical garden, football stadium, beach, lighthouse, castle, airport, ferry terminal, city library,
  ring road, hospital, zoo, lake, vineyard, old port, opera house`);

export const ACTIVITIES = list(`
  visit old friends, see the northern lights, hike the coast, eat my way through the night markets,
  attend a wedding, run a marathon, take a cooking class, go to a music festival, see the autumn leaves,
  dive the reefs, walk the old pilgrim route, visit my grandparents, work remotely for a month,
  photograph the architecture, learn to surf, ski for a week, go to a conference, tour the vineyards`);

export const GENRES = list(`
  science fiction, fantasy, crime, historical, romance, horror, literary, graphic, poetry, travel,
  cooking, nature, biography, comedy, thriller, documentary, jazz, techno, folk, opera, punk, hip hop,
  bossa nova, classical, ambient, K-pop, bluegrass`);

export const MEDIA = list(
  `novels, films, podcasts, albums, TV series, short stories, documentaries, comics, video games`,
);

export const DISLIKES = list(`
  loud restaurants, early meetings, long phone calls, crowded beaches, small talk, cold showers,
  reality TV, spicy food, very sweet drinks, open-plan offices, red-eye flights, cruise ships, karaoke,
  horror films, surprise parties, group chats, self-checkout machines, queueing, mornings, humid weather,
  instant coffee, motorways, escape rooms, theme parks`);

const SYLLABLES = list(`
  ka, lo, mi, ra, ven, tor, sel, na, bri, zu, del, fa, ko, ri, sa, tan, vel, mo, dri, ne, pa, lu, xi, ber,
  gal, hen, ju, ker, lim, nor, ost, pel, quin, rus, sto, tem, ul, var, wen, yor, zan, ea, io, ami, ebb, ola`);

/**
 * A pronounceable made-up word of 2-4 syllables, capitalised: names, titles and brands.
 *
 * @example
 * madeUpName(random); // 'Kavelra'
 */
export function madeUpName(random: { int(max: number): number; pick<T>(items: readonly T[]): T }): string {
  const count = 2 + random.int(3);
  let word = '';
  for (let index = 0; index < count; index += 1) word += random.pick(SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}
