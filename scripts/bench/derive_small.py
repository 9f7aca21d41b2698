#!/usr/bin/env python3
"""Small images derived from a large-photo corpus (either generator's photos),
in the small-image corpus format (docs/corpus.md): each photo reduced to
1.9 MP, and an 800x600 crop round each label, whole and halved, each with the
labels wholly inside it. Kept out of git; made again from the seeded corpus.

    python3 scripts/bench/derive_small.py CORPUS_DIR OUT_DIR
"""
import json, sys, os, math
from PIL import Image
import pillow_heif; pillow_heif.register_heif_opener()
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
m = json.load(open(os.path.join(src, 'manifest.json')))
photos = []
for p in m['photos']:
    im = Image.open(os.path.join(src, p['file'])).convert('L')
    w, h = im.size
    base = os.path.splitext(p['file'])[0]
    s = math.sqrt(1.9e6 / (w * h))
    small = im.resize((int(w * s), int(h * s)), Image.LANCZOS)
    name = f"reduced-{base}.png"; small.save(os.path.join(out, name))
    photos.append({'file': name, 'category': 'reduced-' + p['category'], 'format': 'png', 'width': small.width, 'height': small.height,
                   'labels': [{'text': l['text']} for l in p['labels']]})
    for i, l in enumerate(p['labels']):
        cx = sum(c[0] for c in l['corners']) / 4; cy = sum(c[1] for c in l['corners']) / 4
        x0 = int(min(max(0, cx - 400), w - 800)); y0 = int(min(max(0, cy - 300), h - 600))
        crop = im.crop((x0, y0, x0 + 800, y0 + 600))
        inside = [q for q in p['labels'] if all(x0 <= c[0] < x0 + 800 and y0 <= c[1] < y0 + 600 for c in q['corners'])]
        for tag, img in (('crop', crop), ('halfcrop', crop.resize((400, 300), Image.LANCZOS))):
            name = f"{tag}-{base}-{i}.png"; img.save(os.path.join(out, name))
            photos.append({'file': name, 'category': f"{tag}-{p['category']}", 'format': 'png', 'width': img.width, 'height': img.height,
                           'labels': [{'text': q['text']} for q in inside]})
json.dump({'format': 'remo-small-images', 'version': 1, 'seed': m['seed'], 'photos': photos}, open(os.path.join(out, 'manifest.json'), 'w'), indent=1)
print(len(photos), 'images in', out)
