a = 'single quoted'
